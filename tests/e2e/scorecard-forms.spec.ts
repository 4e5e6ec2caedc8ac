import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { startReferenceServer } from '../sync/reference-server';
import { rosterPerson } from '../sync/items';
import { expectAccessible } from './support/accessible';
import { watchContentSecurityPolicy } from './support/csp-watch';
import { finishedCall, openSeat, type Seat } from './support/review-seat';


/** Texts of the editor cut short: wider than their box (a label with an ellipsis, a button too narrow). */
async function cutTexts(editor: Locator): Promise<string[]> {
  return editor
    .locator('label, button, legend, p, th, td, li')
    .evaluateAll((elements) => elements.filter((element) => element.scrollWidth > element.clientWidth + 1).map((element) => element.textContent ?? ''));
}

test('a supervisor adds a critical item to the service standard (version 2), scores a call with it, and the critical failure fails the score; the CRM gets the version once, and a form made on another console arrives and can be chosen without losing the answers being given', async ({ browser }) => {
  test.setTimeout(180_000);
  const root = mkdtempSync(join(tmpdir(), 'parley-e2e-forms-'));
  const crm = await startReferenceServer();
  crm.publish(
    rosterPerson('p-olena', 'olena', 'Olena Shevchenko', 'Support', 'supervisor', ['Support']),
    rosterPerson('p-anna', 'anna', 'Anna Kovalenko', 'Support', 'agent'),
    finishedCall('call-hold', null, Date.now() - 3_600_000),
  );
  const seats: Seat[] = [];
  try {
    const supervisor = await openSeat(browser, root, { user: 'olena', name: 'Olena Shevchenko' }, crm.url, {});
    seats.push(supervisor);
    const { page } = supervisor;
    const violations = await watchContentSecurityPolicy(page);

    await page.getByTestId('workspace-reviews').click();
    await page.getByTestId('edit-scorecard-forms').click();
    const editor = page.getByTestId('scorecard-editor');
    await expect(editor.getByTestId('scorecard-editor-versions')).toHaveText('Version 1 · shipped with Parley');
    await expect(editor.getByTestId('scorecard-editor-question')).toHaveCount(6);

    // A new question starts empty: each empty text is said where it is, and the form cannot be saved yet.
    await editor.getByTestId('scorecard-editor-add').click();
    await expect(editor.getByTestId('scorecard-editor-question')).toHaveCount(7);
    const problems = editor.getByTestId('scorecard-editor-problems');
    await expect(problems).toContainText('Question 7, short name (English): the text is empty.');
    await expect(editor.getByTestId('scorecard-editor-save')).toBeDisabled();

    await editor.getByTestId('scorecard-editor-id').fill('hold-announced');
    const words = {
      title: { en: 'Hold announced', ru: 'Предупреждение об удержании', uk: 'Попередження про утримання' },
      text: {
        en: 'The customer was told why and for how long before being put on hold',
        ru: 'Клиенту сказали, зачем и на сколько его ставят на удержание',
        uk: 'Клієнтові сказали, навіщо й на скільки його ставлять на утримання',
      },
    };
    for (const field of ['title', 'text'] as const) {
      for (const language of ['en', 'ru', 'uk'] as const) await editor.getByTestId(`scorecard-editor-${field}-${language}`).fill(words[field][language]);
    }
    // A weight that is not a whole number from 1 to 100 is refused beside the field, and what was typed stays.
    const weight = editor.getByTestId('scorecard-editor-weight');
    await weight.fill('0');
    await expect(problems).toHaveText(/Question 7: the weight must be a whole number from 1 to 100\./);
    await expect(editor.getByTestId('scorecard-editor-title-en')).toHaveValue('Hold announced');
    await weight.fill('15');
    await editor.getByTestId('scorecard-editor-critical').check();
    await expect(problems).toHaveCount(0);
    await expectAccessible(page, 'the form editor');
    await expect(editor.getByTestId('scorecard-editor-rule')).toContainText('If a critical question is not met, the whole form scores 0 %');
    await expect(editor.getByTestId('scorecard-editor-rule')).toContainText('7. Hold announced · critical1513 %');

    // The same unsaved form in each language, nothing cut at 1280×720.
    for (const language of ['en', 'ru', 'uk'] as const) {
      expect(await supervisor.call('settings.update', { language })).toMatchObject({ ok: true });
      await expect(editor.getByTestId('scorecard-editor-title-en')).toHaveValue('Hold announced');
      await expect(editor.getByRole('button', { name: { en: 'Save as a new version', ru: 'Сохранить как новую версию', uk: 'Зберегти як нову версію' }[language] })).toBeVisible();
      expect(await cutTexts(editor)).toEqual([]);
      await page.screenshot({ path: `docs/screenshots/scorecard-editor-${language}.png` });
    }
    expect(await supervisor.call('settings.update', { language: 'en' })).toMatchObject({ ok: true });

    // Keyboard: the save is reached and pressed without the mouse.
    await editor.getByTestId('scorecard-editor-save').focus();
    await page.keyboard.press('Enter');
    await expect(editor.getByTestId('scorecard-editor-saved')).toHaveText('Saved as version 2.');
    await expect(editor.getByTestId('scorecard-editor-versions').getByRole('listitem')).toHaveText([/^Version 2 · .+ · Olena Shevchenko$/, 'Version 1 · shipped with Parley']);
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();

    // The call is scored with the newest version; everything met but the new critical item fails the whole form.
    await page.getByTestId('reviewable-call').first().click();
    const scorecard = page.getByTestId('scorecard');
    await expect(scorecard).toHaveAttribute('data-form', 'service-standard@2');
    await expect(scorecard.getByRole('heading')).toHaveText('Service standard (version 2)');
    const answer = (question: string, label: string) => scorecard.locator(`[data-question="${question}"]`).getByText(label, { exact: true }).click();
    for (const question of ['greeting', 'identification', 'problem-restated', 'promise-stated']) await answer(question, 'Yes');
    await answer('tone', '5');
    await answer('complaint-handled', 'Not applicable');
    await answer('hold-announced', 'Yes');
    await expect(page.getByTestId('scorecard-score')).toHaveText('Score: 100 %');
    await answer('hold-announced', 'No');
    await expect(page.getByTestId('scorecard-score')).toHaveText('Failed: a critical item was not met');
    await page.getByTestId('scorecard-save').click();
    const evaluation = page.getByTestId('call-review').getByTestId('evaluation');
    await expect(evaluation).toContainText('Failed: a critical item was not met');
    await expect(evaluation.getByTestId('evaluation-form')).toHaveText('Service standard (version 2)');
    expect(await violations()).toEqual([]);

    expect(await supervisor.call('sync.now', {})).toMatchObject({ ok: true, value: { pending: 0 } });
    expect(crm.storedTimes.get('service-standard@2')).toBe(1);

    // A form made on another console arrives through the CRM and is offered beside the one being used, which stays.
    const inEach = (en: string, ru: string, uk: string) => ({ en, ru, uk });
    const question = (id: string, critical: boolean) => ({ id, title: inEach(id, id, id), text: inEach(`Was ${id} done?`, `Выполнено: ${id}?`, `Виконано: ${id}?`), kind: 'yes-no', allowNa: false, weight: 10, critical });
    crm.publish({
      kind: 'scorecard_form',
      id: 'sales-call@1',
      slug: 'sales-call',
      version: 1,
      body: { slug: 'sales-call', title: inEach('Sales call', 'Продажа', 'Продаж'), questions: [question('offer-named', true), question('next-step', false)] },
      createdAt: Date.now(),
      createdBy: 'Ivan Melnyk',
    });
    await answer('greeting', 'No');
    expect(await supervisor.call('sync.now', {})).toMatchObject({ ok: true });
    await expect(scorecard.getByTestId('scorecard-choose-form')).toBeVisible();
    await expect(scorecard).toHaveAttribute('data-form', 'service-standard@2');
    await expect(scorecard.locator('[data-question="greeting"]').getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await scorecard.getByTestId('scorecard-choose-form').click();
    await page.getByRole('option', { name: 'Sales call (version 1)' }).click();
    await expect(scorecard).toHaveAttribute('data-form', 'sales-call@1');
    await expect(scorecard.locator('[data-question]')).toHaveCount(2);
  } finally {
    for (const seat of seats) await seat.host.stop();
    await crm.close();
    rmSync(root, { recursive: true, force: true });
  }
});
