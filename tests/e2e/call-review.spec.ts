import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { startRecordingServer } from '../stack/recording-server';
import { startReferenceServer } from '../sync/reference-server';
import { rosterPerson } from '../sync/items';
import { clickFirstBar } from './support/chart-bars';
import { watchContentSecurityPolicy } from './support/csp-watch';
import { finishedCall as call, openSeat, type Seat } from './support/review-seat';


/** YYYY-MM-DD in this machine's time zone, as a date input takes it. */
function localDate(at: number): string {
  const day = new Date(at);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

test('a supervisor filters trends to a team and a week, opens a call behind a bar, plays its recording, scores it; the agent sees the evaluation and disputes it; the CRM gets each change once', async ({ browser }) => {
  test.setTimeout(240_000);
  const root = mkdtempSync(join(tmpdir(), 'parley-e2e-review-'));
  const now = Date.now();
  const crm = await startReferenceServer();
  crm.publish(
    rosterPerson('p-olena', 'olena', 'Olena Shevchenko', 'Support', 'supervisor', ['Support']),
    rosterPerson('p-anna', 'anna', 'Anna Kovalenko', 'Support', 'agent'),
    call('call-recorded', 'rec-1@pbx.example.com', now - 3_600_000),
    call('call-unrecorded', 'rec-2@pbx.example.com', now - 7_200_000),
  );
  const recordings = await startRecordingServer({ callIds: ['rec-1@pbx.example.com'], seconds: 4 });
  const seats: Seat[] = [];
  try {
    const supervisor = await openSeat(browser, root, { user: 'olena', name: 'Olena Shevchenko' }, crm.url, { 'recording.urlTemplate': recordings.template });
    seats.push(supervisor);
    const page = supervisor.page;
    const violations = await watchContentSecurityPolicy(page);

    // Trends, filtered to one team and one week; a click on the week's bar lists its calls; one opens in review.
    await page.getByTestId('workspace-trends').click();
    await page.getByTestId('trends-team').selectOption('Support');
    await page.getByTestId('trends-from').fill(localDate(now - 6 * 86_400_000));
    await page.getByTestId('trends-to').fill(localDate(now));
    await page.getByTestId('trends-bucket').getByText('Week', { exact: true }).click();
    await clickFirstBar(page.getByTestId('trend-chart-calls'));
    await expect(page.getByTestId('trend-call')).toHaveCount(2);
    // Newest first: the recorded call.
    await page.getByTestId('trend-call').first().getByRole('button', { name: 'Open call' }).click();
    const review = page.getByTestId('call-review');
    await expect(review.getByTestId('review-agent')).toHaveText('Anna Kovalenko');

    const recording = page.getByTestId('recording');
    await expect(recording).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    await expect(page.getByTestId('recording-position')).toHaveText('0:00 / 0:04');
    // A click in the middle of the waveform seeks there.
    const waveform = await page.getByTestId('recording-waveform').boundingBox();
    if (!waveform) throw new Error('The waveform is not on screen');
    await page.getByTestId('recording-waveform').click({ position: { x: waveform.width / 2, y: waveform.height / 2 } });
    await expect(page.getByTestId('recording-position')).toHaveText('0:02 / 0:04');
    await page.getByTestId('recording-play').click();
    await expect(page.getByTestId('recording-position')).toHaveText('0:03 / 0:04', { timeout: 10_000 });
    expect(recordings.requests.get('rec-1@pbx.example.com')).toBe(1);

    const answer = (question: string, label: string) => page.locator(`[data-question="${question}"]`).getByText(label, { exact: true }).click();
    await answer('greeting', 'Yes');
    await answer('identification', 'Yes');
    await answer('problem-restated', 'No');
    await answer('promise-stated', 'Yes');
    await answer('tone', '4');
    await answer('complaint-handled', 'Not applicable');
    await expect(page.getByTestId('scorecard-score')).toHaveText('Score: 76.6 %');
    await page.getByTestId('scorecard-comment').fill('Restate the problem before offering a fix.');
    await page.screenshot({ path: 'docs/screenshots/review-en.png' });
    await page.getByTestId('scorecard-save').click();
    await expect(review.getByTestId('evaluation')).toContainText('Score: 76.6 %');
    await expect(review.getByTestId('evaluation-comment')).toHaveText('Restate the problem before offering a fix.');

    for (const language of ['ru', 'uk'] as const) {
      expect(await supervisor.call('settings.update', { language })).toMatchObject({ ok: true });
      await expect(page.getByTestId('call-review-drawer').getByText(language === 'ru' ? 'Оценка звонка' : 'Оцінка дзвінка', { exact: true })).toBeVisible();
      await page.screenshot({ path: `docs/screenshots/review-${language}.png` });
    }
    expect(await supervisor.call('settings.update', { language: 'en' })).toMatchObject({ ok: true });

    // Trends show the score beside the team's other figures.
    await page.keyboard.press('Escape');
    // The drawer slides away first: a picture taken during it shows its ghost over the charts.
    await expect(page.getByTestId('call-review-drawer')).toBeHidden();
    const scores = page.getByTestId('evaluation-scores-agents');
    await expect(scores).toContainText('Anna Kovalenko');
    await scores.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshots/trends-evaluation-scores-en.png' });

    // The Reviews view lists the team's calls too; the other one has no recording, said plainly.
    await page.getByTestId('workspace-reviews').click();
    const calls = page.getByTestId('reviewable-call');
    await expect(calls).toHaveCount(2);
    await calls.nth(1).click();
    await expect(page.getByTestId('recording-problem')).toHaveText('There is no recording of this call.');
    expect(await violations()).toEqual([]);

    expect(await supervisor.call('sync.now', {})).toMatchObject({ ok: true, value: { pending: 0 } });
    const supervisorDb = new Database(join(supervisor.dataDir, 'parley.sqlite'), { readonly: true });
    const evaluationId = String(supervisorDb.prepare('SELECT external_id FROM evaluations').pluck().get());
    supervisorDb.close();
    expect(crm.storedTimes.get(evaluationId)).toBe(1);

    const agent = await openSeat(browser, root, { user: 'anna', name: 'Anna Kovalenko' }, crm.url, {});
    seats.push(agent);
    await agent.page.getByTestId('workspace-reviews').click();
    const mine = agent.page.getByTestId('my-evaluations').getByTestId('evaluation');
    await expect(mine).toContainText('Score: 76.6 %');
    await expect(mine.getByTestId('evaluation-comment')).toHaveText('Restate the problem before offering a fix.');
    await expect(agent.page.getByTestId('evaluation-dispute')).toBeDisabled();
    await agent.page.getByTestId('evaluation-reply-comment').fill('The customer hung up before I could.');
    await agent.page.getByTestId('evaluation-dispute').click();
    await expect(mine).toHaveAttribute('data-response', 'disputed');
    await expect(mine.getByTestId('evaluation-response')).toHaveText('Disputed: The customer hung up before I could.');
    await agent.page.screenshot({ path: 'docs/screenshots/review-agent-en.png' });

    expect(await agent.call('sync.now', {})).toMatchObject({ ok: true, value: { pending: 0 } });
    // The dispute is one more change of the same evaluation, stored once too; the supervisor's console hears it.
    expect(crm.storedTimes.get(evaluationId)).toBe(2);
    expect(await supervisor.call('sync.now', {})).toMatchObject({ ok: true });
    await calls.first().click();
    await expect(page.getByTestId('call-review').getByTestId('evaluation')).toHaveAttribute('data-response', 'disputed');
  } finally {
    for (const seat of seats) await seat.host.stop();
    await recordings.close();
    await crm.close();
    rmSync(root, { recursive: true, force: true });
  }
});
