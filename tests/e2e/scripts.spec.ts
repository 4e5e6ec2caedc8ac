import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type ConsoleUnderTest } from './support/console-fixture';
import { agent, registeredConsole, startTelephonyWorld, type TelephonyWorld } from './support/telephony-fixture';

interface KnownCustomer {
  id: number;
  firstName: string;
  e164: string;
}

/**
 * A demo customer who alone has their number, speaks English (or has no
 * preference) in a friendly tone and is a standard-tier customer: the
 * inbound-support script in English is what their calls must get.
 */
function knownCustomer(): KnownCustomer {
  const dataDir = process.env.PARLEY_E2E_DATA_DIR;
  if (!dataDir) throw new Error('The browser shell was not started by the global setup');
  const database = new Database(join(dataDir, 'parley.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const customer = database
      .prepare<[], KnownCustomer>(
        `SELECT c.id, c.first_name AS firstName, p.e164 FROM customers c JOIN customer_phones p ON p.customer_id = c.id
         WHERE c.tier = 'standard' AND c.preferred_tone = 'friendly' AND coalesce(c.preferred_language, 'en') = 'en'
           AND (SELECT count(*) FROM customer_phones q WHERE q.e164 = p.e164) = 1
         ORDER BY c.id LIMIT 1`,
      )
      .get();
    if (!customer) throw new Error('The demo data has no English-speaking standard customer with a number of their own');
    return customer;
  } finally {
    database.close();
  }
}

let world: TelephonyWorld;
let customer: KnownCustomer;

test.beforeAll(async () => {
  customer = knownCustomer();
  // The customer's phone registers under their own number, so the console knows who is calling.
  world = await startTelephonyWorld({
    customer: { username: customer.e164, password: 'customer-secret-script' },
    // The shipped complaint script is for calls to this queue.
    queues: { complaints: agent.username },
  });
});

test.afterAll(async () => {
  await world?.stop();
});

test.beforeEach(() => {
  world.customer.forgetEvents();
});

/** The known customer calls the agent, who answers. */
async function customerCalls(page: Page): Promise<void> {
  await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
  await expect(page.getByTestId('incoming-call')).toBeVisible();
  await page.getByTestId('answer-button').click();
  await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
}

async function hangUp(page: Page): Promise<void> {
  await page.getByTestId('hangup-button').click();
  await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
}

/** Opens the script editor on a script, chosen by its title in the console's language. */
async function openEditor(page: Page, scriptTitle: string): Promise<Locator> {
  await page.getByTestId('script-editor-open').click();
  const editor = page.getByTestId('script-editor');
  await editor.getByTestId('script-editor-select').click();
  await page.getByRole('option', { name: new RegExp(`^${scriptTitle} · `) }).click();
  await expect(editor.getByTestId('script-editor-select')).toHaveValue(new RegExp(`^${scriptTitle} · `));
  return editor;
}

/** Edits the file as a supervisor would in the code editor: its search-and-replace (Ctrl+F), every match at once; Escape closes the search, not the dialog. */
async function replaceInFile(page: Page, editor: Locator, find: string, replacement: string, findLabel = 'Find'): Promise<void> {
  const source = editor.getByTestId('script-editor-text');
  await source.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+f');
  // The search panel speaks the console's language too.
  await expect(source.locator('input[name="search"]')).toHaveAttribute('placeholder', findLabel);
  await source.locator('input[name="search"]').fill(find);
  await source.locator('input[name="replace"]').fill(replacement);
  await source.locator('button[name="replaceAll"]').click();
  await page.keyboard.press('Escape');
  await expect(source.locator('input[name="search"]')).toBeHidden();
  await expect(editor).toBeVisible();
}

test.describe('call scripts', () => {
  test('a call starts → the support script greets the customer by name → a branch is chosen → a required field blocks finishing → the answers are in the timeline and in wrap-up', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    await customerCalls(page);

    const script = page.getByTestId('call-script');
    await expect(script).toHaveAttribute('data-script', 'inbound-support');
    const phrase = script.getByTestId('script-phrase');
    await expect(phrase).toContainText(`Hi ${customer.firstName}, this is Anna Kovalenko.`);
    await expect(phrase).not.toContainText('undefined');

    await page.keyboard.press('Alt+N'); // on to identification
    await script.getByTestId('script-next').click();
    await script.getByTestId('script-checkpoint').check();
    await script.getByTestId('script-next').click();
    await script.getByRole('button', { name: 'A bill or a payment' }).click();

    // The billing branch asks for the invoice number, and the script cannot be finished without it.
    const field = script.getByLabel(/Invoice number/);
    await expect(field).toBeVisible();
    const finish = script.getByTestId('script-finish');
    await expect(finish).toBeDisabled();
    await expect(script.getByTestId('script-mandatory')).toContainText('Invoice number');
    await field.fill('INV-2041');
    await expect(finish).toBeEnabled();
    await finish.click();
    await expect(finish).toHaveText('Script finished');

    // The customer's history shows the run with what was captured.
    const answers = page.getByTestId('customer-card').getByTestId('timeline-script-answers');
    await expect(answers).toContainText('A bill or a payment');
    await expect(answers).toContainText('INV-2041');
    await hangUp(page);

    // After the call, wrap-up has what the script captured in view while the agent writes the note.
    const inWrapUp = page.getByTestId('wrap-up-script-answers');
    await expect(inWrapUp).toContainText('A bill or a payment');
    await expect(inWrapUp).toContainText('INV-2041');
  });

  test('a call to the complaints queue gets the complaint-handling script, whose answers prefill wrap-up and whose closing sums up the promise made on the call', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    await world.customer.command('dial', `sip:complaints@${world.stack.domain}`);
    await expect(page.getByTestId('incoming-call')).toBeVisible();
    const script = page.getByTestId('call-script');
    await expect(script).toHaveAttribute('data-script', 'complaint-handling');
    // Ringing: nothing of the closing is asked for yet.
    await expect(script.getByTestId('script-mandatory')).toHaveCount(0);
    await page.getByTestId('answer-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');

    // The agent writes the promise down while still talking…
    await page.getByTestId('wrap-up-details').click();
    await page.getByTestId('wrap-up-add-promise').click();
    await page.getByTestId('promise-description').fill('a replacement courier picks the parcel up');
    const due = new Date(Date.now() + 2 * 3_600_000);
    await page.getByTestId('promise-due').fill(new Date(due.getTime() - due.getTimezoneOffset() * 60_000).toISOString().slice(0, 16));

    // What the customer wanted, captured in the script, is already in the wrap-up…
    await script.getByTestId('script-section-complaint').click();
    await script.getByLabel(/What went wrong/).fill('The courier never came');
    await script.getByTestId('script-next').click();
    await script.getByLabel(/What the customer actually wanted/).fill('The parcel by Friday');
    await expect(page.getByTestId('wrap-up-wanted')).toHaveValue('The parcel by Friday');

    // …and the closing says the promise back to the customer, with its time.
    await script.getByTestId('script-section-closing').click();
    const phrase = script.getByTestId('script-phrase');
    await expect(phrase).toContainText('a replacement courier picks the parcel up');
    await expect(script.getByTestId('script-gap')).toHaveCount(0);
    await hangUp(page);
  });

  test('one key jumps to the complaint section, and the tone can be toggled to formal (and looks pressed)', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    await customerCalls(page);
    const script = page.getByTestId('call-script');
    await expect(script.getByTestId('script-phrase')).toContainText(customer.firstName);

    await page.keyboard.press('Alt+C');
    await expect(script.getByTestId('script-runner')).toHaveAttribute('data-step', 'hear-out');
    // The toggle looks different pressed and unpressed, not only to a screen reader.
    const tone = script.getByTestId('script-tone');
    const look = () => tone.evaluate((button) => `${getComputedStyle(button).backgroundColor} ${button.textContent}`);
    await expect(tone).toHaveAttribute('aria-pressed', 'false');
    const unpressed = await look();
    await tone.click();
    await expect(tone).toHaveAttribute('aria-pressed', 'true');
    expect(await look()).not.toBe(unpressed);
    await expect(script.getByTestId('script-phrase')).toContainText('I regret the inconvenience.');
    await hangUp(page);
  });

  test('a supervisor changes a text in the editor, and the next call shows it', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    const editor = await openEditor(page, 'Inbound support');
    await editor.getByRole('tab', { name: 'File' }).click();
    const source = editor.getByTestId('script-editor-text');
    await expect(source.locator('.cm-content')).toContainText('How can I help today?');
    await replaceInFile(page, editor, 'How can I help today?', 'What can I do for you this time?');
    await expect(editor.getByTestId('script-preview').getByTestId('script-phrase')).toContainText('What can I do for you this time?');
    await editor.getByTestId('script-editor-save').click();
    await expect(editor.getByTestId('script-editor-saved')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();

    await customerCalls(page);
    await expect(page.getByTestId('call-script').getByTestId('script-phrase')).toContainText(`Hi ${customer.firstName}, this is Anna Kovalenko. What can I do for you this time?`);
    await hangUp(page);
  });

  test('a broken script is refused in the editor with one sentence naming the step by its title, and nothing is saved', async ({ parley }) => {
    const page = parley.page;
    const editor = await openEditor(page, 'Callback for a promise');
    await editor.getByRole('tab', { name: 'File' }).click();
    await replaceInFile(page, editor, 'next: summarize', 'next: summarise');
    await expect(editor.getByTestId('script-issues')).toContainText('Step “Call back on” leads to “summarise”, which is not a step in this script.');
    await expect(editor.getByTestId('script-editor-save')).toBeDisabled();
  });

  test('a supervisor changes the greeting and adds a branch in the form, and the next call shows both', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    const editor = await openEditor(page, 'Inbound support');
    await expect(editor.getByRole('tab', { name: 'Form' })).toHaveAttribute('aria-selected', 'true');
    const steps = editor.getByRole('navigation', { name: 'Steps by section' });

    // Steps go by their titles, and each says what kind of step it is.
    await steps.getByRole('button', { name: /^Greeting\s*Say$/ }).click();
    const step = editor.getByTestId('script-form-step');
    const friendlyEnglish = step.getByRole('group', { name: 'Friendly', exact: true }).getByLabel('English');
    await friendlyEnglish.fill('Hello {{customer.firstName}}, {{agent.name}} speaking. What brings you to us?');
    await expect(editor.getByTestId('script-preview').getByTestId('script-phrase')).toContainText('What brings you to us?');

    await steps.getByRole('button', { name: /^Reason for the call\s*Question$/ }).click();
    const newAnswer = step.getByRole('group', { name: 'New answer' });
    await newAnswer.getByLabel('Answer id').fill('delivery');
    // Where a branch leads is chosen by the step's title; typing narrows the list.
    await newAnswer.getByLabel('Leads to', { exact: true }).fill('Summary');
    await page.getByRole('option', { name: 'Summary: what, who, by when' }).click();
    await newAnswer.getByRole('button', { name: 'Add answer' }).click();
    // Until the new branch has a label in every language the script speaks, it cannot be saved.
    const save = editor.getByTestId('script-editor-save');
    await expect(save).toBeDisabled();
    const label = step.getByRole('group', { name: 'Answer delivery' });
    await label.getByLabel('English').fill('Where is my order');
    await label.getByLabel('Russian').fill('Где мой заказ');
    await label.getByLabel('Ukrainian').fill('Де моє замовлення');
    await expect(save).toBeEnabled();
    await save.click();
    await expect(editor.getByTestId('script-editor-saved')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();

    await customerCalls(page);
    const script = page.getByTestId('call-script');
    await expect(script.getByTestId('script-phrase')).toContainText(`Hello ${customer.firstName}, Anna Kovalenko speaking. What brings you to us?`);
    await page.keyboard.press('Alt+N'); // on to identification
    await script.getByTestId('script-next').click();
    await script.getByTestId('script-checkpoint').check();
    await script.getByTestId('script-next').click();
    await script.getByRole('button', { name: 'Where is my order' }).click();
    await expect(script.getByTestId('script-runner')).toHaveAttribute('data-step', 'summarize');
    await hangUp(page);
  });
});

/** What the script editor says in each language: the script's title, the problem with the greeting's broken `next`, and the preview's section tabs and moves. */
const inLanguage = {
  en: { script: 'Inbound support', file: 'File', find: 'Find', reason: 'Reason for the call', problem: 'Step “Greeting” leads to “nowhere-step”, which is not a step in this script.', sections: ['Greeting', 'Identification'], back: 'Back' },
  ru: { script: 'Входящее обращение', file: 'Файл', find: 'Найти', reason: 'Причина обращения', problem: 'Шаг «Приветствие» ведёт на «nowhere-step», но такого шага в скрипте нет.', sections: ['Приветствие', 'Идентификация'], back: 'Назад' },
  uk: { script: 'Вхідне звернення', file: 'Файл', find: 'Знайти', reason: 'Причина звернення', problem: 'Крок «Привітання» веде на «nowhere-step», але такого кроку в скрипті немає.', sections: ['Привітання', 'Ідентифікація'], back: 'Назад' },
} as const;

const screenshots = join(import.meta.dirname, '../../docs/screenshots');

/** Every Content-Security-Policy refusal on the page from now on, as the page itself reports them (and as the console logs them). */
async function watchPolicyViolations(parley: ConsoleUnderTest): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  parley.page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  await parley.page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`), true);
  });
  return async () => [...logged, ...(await parley.page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations))];
}

test.describe('the script editor at 1280×720', () => {
  test.beforeAll(() => {
    mkdirSync(screenshots, { recursive: true });
  });

  test.afterEach(async ({ parley }) => {
    await parley.rawCall('settings.update', { language: 'system' });
  });

  for (const language of ['en', 'ru', 'uk'] as const) {
    const words = inLanguage[language];
    test(`${language}: the file takes the width, with YAML colours and line numbers and no CSP violation; a broken step is one sentence by its title, marked at its line; the preview speaks ${language}`, async ({ parley }) => {
      const page = parley.page;
      await page.setViewportSize({ width: 1280, height: 720 });
      await parley.rawCall('settings.update', { language });
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const violations = await watchPolicyViolations(parley);

      const editor = await openEditor(page, words.script);
      // The preview follows the console's language: its section tabs and its moves.
      const preview = editor.getByTestId('script-preview');
      await expect(preview.getByTestId('script-section-greeting')).toHaveText(words.sections[0]);
      await expect(preview.getByTestId('script-section-identification')).toHaveText(words.sections[1]);
      await expect(preview.getByTestId('script-back')).toHaveText(words.back);

      // The form lists steps by their titles in the console's language, not by their ids.
      await expect(editor.getByTestId('script-form').locator('[data-step="reason"]')).toContainText(words.reason);

      await editor.getByRole('tab', { name: words.file }).click();
      const source = editor.getByTestId('script-editor-text');
      const box = await source.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(800);
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(350);
      await expect(source.locator('.cm-lineNumbers .cm-gutterElement', { hasText: /^1$/ })).toBeVisible();
      // CodeMirror's own styles reached the page (its gutter is a flex row) and so did the YAML colours (a key is not plain text).
      const looks = await source.locator('.cm-line').first().evaluate((line) => {
        const key = line.querySelector('span');
        const gutters = line.closest('.cm-editor')?.querySelector('.cm-gutters');
        return { key: key?.textContent, keyColour: key && getComputedStyle(key).color, plainColour: getComputedStyle(line).color, gutters: gutters && getComputedStyle(gutters).display };
      });
      expect(looks.key).toBe('slug');
      expect(looks.keyColour).not.toBe(looks.plainColour);
      expect(looks.gutters).toBe('flex');

      await replaceInFile(page, editor, 'next: verify-identity', 'next: nowhere-step', words.find);
      const issues = editor.getByTestId('script-issues');
      await expect(issues.getByRole('listitem')).toHaveCount(1);
      await expect(issues).toHaveText(words.problem);
      // The same sentence is marked in the file, on the line that says it, where choosing the problem leads.
      await issues.getByRole('button', { name: words.problem }).click();
      await expect(source.locator('.cm-lint-marker-error')).toHaveCount(1);
      await expect(source.locator('.cm-lintRange-error')).toHaveText('next: nowhere-step');
      await expect(editor.getByTestId('script-editor-save')).toBeDisabled();
      // The preview stays, showing the script as it last worked, and says so.
      await expect(preview.getByTestId('script-preview-stale')).toBeVisible();
      await page.screenshot({ path: join(screenshots, `script-editor-${language}.png`) });

      // Undo brings the script back, and with it the preview.
      await source.locator('.cm-content').click();
      await page.keyboard.press('ControlOrMeta+z');
      await expect(issues).toBeHidden();
      await expect(preview.getByTestId('script-preview-stale')).toBeHidden();
      await expect(preview.getByTestId('script-section-greeting')).toHaveText(words.sections[0]);
      expect(await violations()).toEqual([]);
    });
  }
});
