import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { importFile } from '../../src/main/services/import/import-file';
import { openStore } from '../../src/main/store/database';
import { demoRoster, demoSipDomain, demoTeams } from '../../src/main/store/demo/demo-roster';
import { isoDay } from '../../src/shared/domain/trends';
import { chromiumArgs, chromiumExecutable } from '../stack/chromium';
import { startWebHost } from '../stack/web-host';
import { generateDatabase } from './console-rig';
import { callContract } from './contract-call';
import { percentiles, printTarget } from './measure';
import { profilePage } from './page-cpu-profile';
import { countReactRenders, countRendersDuring } from './react-render-count';
import { barSelector, drawPlainBars, watchTrendsRender, type RenderPhase } from './trends-render-page';

const rounds = 3;
const customers = 5_000;
const periodDays = 90;
/** Nothing changed in the view for this long: it is drawn. */
const quietMs = 750;
const settleTimeoutMs = 90_000;

/** Twelve root causes and thirteen dispositions more than the demo's: 20 of each, every one used every day. */
const moreRootCauses: [string, string, string, string][] = [
  ['address-change', 'Address change', 'Смена адреса', 'Зміна адреси'],
  ['refund-delay', 'Refund delay', 'Задержка возврата денег', 'Затримка повернення коштів'],
  ['account-locked', 'Account locked', 'Блокировка аккаунта', 'Блокування облікового запису'],
  ['promo-not-applied', 'Promo code not applied', 'Не применился промокод', 'Не застосувався промокод'],
  ['damaged-package', 'Damaged package', 'Повреждённая упаковка', 'Пошкоджене пакування'],
  ['missing-item', 'Item missing from the order', 'В заказе не хватает товара', 'У замовленні бракує товару'],
  ['courier-no-show', 'Courier did not come', 'Курьер не приехал', 'Кур’єр не приїхав'],
  ['warranty-claim', 'Warranty claim', 'Гарантийное обращение', 'Гарантійне звернення'],
  ['tariff-question', 'Tariff question', 'Вопрос по тарифу', 'Питання щодо тарифу'],
  ['sms-not-received', 'SMS code not received', 'Не пришёл СМС-код', 'Не надійшов SMS-код'],
  ['invoice-request', 'Invoice request', 'Запрос счёта-фактуры', 'Запит рахунку-фактури'],
  ['order-cancellation', 'Order cancellation', 'Отмена заказа', 'Скасування замовлення'],
];
const moreDispositions: [string, string, string, string][] = [
  ['refund-issued', 'Refund issued', 'Оформлен возврат', 'Оформлено повернення'],
  ['replacement-sent', 'Replacement sent', 'Отправлена замена', 'Надіслано заміну'],
  ['transferred', 'Transferred', 'Звонок переведён', 'Дзвінок переведено'],
  ['wrong-number', 'Wrong number', 'Ошиблись номером', 'Помилилися номером'],
  ['discount-offered', 'Discount offered', 'Предложена скидка', 'Запропоновано знижку'],
  ['technician-booked', 'Technician booked', 'Назначен выезд мастера', 'Призначено виїзд майстра'],
  ['documents-sent', 'Documents sent', 'Документы отправлены', 'Документи надіслано'],
  ['password-reset', 'Password reset', 'Пароль сброшен', 'Пароль скинуто'],
  ['order-changed', 'Order changed', 'Заказ изменён', 'Замовлення змінено'],
  ['delivery-rescheduled', 'Delivery rescheduled', 'Доставка перенесена', 'Доставку перенесено'],
  ['payment-confirmed', 'Payment confirmed', 'Оплата подтверждена', 'Оплату підтверджено'],
  ['survey-offered', 'Survey offered', 'Предложен опрос', 'Запропоновано опитування'],
  ['no-action-needed', 'No action needed', 'Действий не требуется', 'Дій не потрібно'],
];

/**
 * The demo contact center with 20 root causes and 20 dispositions: the new
 * codes come in as a CRM's code lists do (an import of `root-cause-code` and
 * `disposition-code` items), then the calls' codes are spread over all 20 in
 * turn (the rollup triggers re-count them), so that every series has bars
 * on most days — the most a chart has to draw.
 */
async function widenCodeLists(dataDir: string, file: string): Promise<{ rootCauses: number; dispositions: number }> {
  const items = join(dataDir, 'codes.jsonl');
  const item = (kind: string, [id, labelEn, labelRu, labelUk]: [string, string, string, string], index: number) =>
    JSON.stringify({ kind, id, labelEn, labelRu, labelUk, sortOrder: 100 + index, active: true });
  writeFileSync(items, [...moreRootCauses.map((code, index) => item('root-cause-code', code, index)), ...moreDispositions.map((code, index) => item('disposition-code', code, index))].join('\n'));
  const store = openStore(file);
  try {
    const report = await importFile(store.sqlite, items, { defaultCountry: 'UA' });
    if (report.rejected.length > 0) throw new Error(`The code lists were refused: ${JSON.stringify(report.rejected)}`);
    const codes = (table: string) => store.sqlite.prepare<[], string>(`SELECT code FROM ${table} WHERE active = 1 ORDER BY code`).pluck().all();
    const rootCauses = codes('root_cause_codes');
    const dispositions = codes('disposition_codes');
    store.sqlite.transaction(() => {
      const causeRows = store.sqlite.prepare<[], { interactionId: number; code: string }>('SELECT interaction_id AS interactionId, code FROM interaction_root_causes').all();
      const recode = store.sqlite.prepare('UPDATE OR IGNORE interaction_root_causes SET code = ? WHERE interaction_id = ? AND code = ?');
      causeRows.forEach((row, index) => recode.run(rootCauses[index % rootCauses.length], row.interactionId, row.code));
      const answered = store.sqlite.prepare<[], number>('SELECT id FROM interactions WHERE disposition_code IS NOT NULL ORDER BY id').pluck().all();
      const redispose = store.sqlite.prepare('UPDATE interactions SET disposition_code = ? WHERE id = ?');
      answered.forEach((id, index) => redispose.run(dispositions[index % dispositions.length], id));
    })();
    return { rootCauses: rootCauses.length, dispositions: dispositions.length };
  } finally {
    store.close();
  }
}

type Change = { kind: 'from'; day: string } | { kind: 'bucket'; bucket: 'day' | 'week' } | { kind: 'team'; team: string };

/** Makes a change as a person would (the input's own event), and returns when, in the page's clock. */
function change(page: Page, what: Change): Promise<number> {
  return page.evaluate((what) => {
    const started = performance.now();
    if (what.kind === 'bucket') {
      (document.querySelector(`[data-testid="trends-bucket"] input[value="${what.bucket}"]`) as HTMLInputElement).click();
      return started;
    }
    const [selector, prototype, event] =
      what.kind === 'from' ? ['[data-testid="trends-from"]', HTMLInputElement.prototype, 'input'] : ['[data-testid="trends-team"]', HTMLSelectElement.prototype, 'change'];
    const element = document.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, what.kind === 'from' ? what.day : what.team);
    element.dispatchEvent(new Event(event, { bubbles: true }));
    return started;
  }, what);
}

interface PhaseFigures {
  /** The change → the report's answer. */
  answer: number;
  /** The change → the page asking for the report. */
  asked: number;
  /** The answer → every changed chart above the fold drawn. */
  fold: number;
  /** The change → every changed chart above the fold drawn: what the supervisor waits. */
  foldFromInput: number;
  /** The answer → every chart drawn, or null when some wait to be scrolled to. */
  all: number | null;
  pending: number;
  /** CPU time of the page's main thread from the change until the view was quiet: what the change cost, whatever else the machine ran. */
  cpu: number;
  /** Of which JavaScript, style and layout (the rest: painting, parsing, the engine's own). */
  script: number;
  style: number;
  layout: number;
  phase: RenderPhase;
}

interface ThreadTimes {
  task: number;
  script: number;
  style: number;
  layout: number;
}

/** The page's main thread's CPU time so far, in ms, in all and by kind (Chromium's task durations counted in thread time). */
async function mainThreadCpu(session: CDPSession): Promise<ThreadTimes> {
  const { metrics } = await session.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { task: ms('TaskDuration'), script: ms('ScriptDuration'), style: ms('RecalcStyleDuration'), layout: ms('LayoutDuration') };
}

async function measure(page: Page, session: CDPSession, what: Change): Promise<PhaseFigures> {
  await page.evaluate(() => (window as unknown as { __trendsRender: { arm(): void } }).__trendsRender.arm());
  const cpuBefore = await mainThreadCpu(session);
  const startedAt = await change(page, what);
  const phase = await page.evaluate(
    ([quiet, timeout]) => (window as unknown as { __trendsRender: { settle(quiet: number, timeout: number): Promise<RenderPhase> } }).__trendsRender.settle(quiet, timeout),
    [quietMs, settleTimeoutMs] as const,
  );
  const cpuAfter = await mainThreadCpu(session);
  const changed = phase.charts.filter((chart) => chart.drawnAt !== null);
  const last = (charts: typeof changed) => Math.max(phase.answerAt, ...charts.map((chart) => chart.drawnAt ?? 0));
  const foldDrawn = last(changed.filter((chart) => chart.aboveFold));
  const pending = phase.charts.filter((chart) => chart.bars === 0).length;
  return {
    answer: phase.answerAt - startedAt,
    asked: phase.askedAt - startedAt,
    fold: foldDrawn - phase.answerAt,
    foldFromInput: foldDrawn - startedAt,
    all: pending === 0 ? last(changed) - phase.answerAt : null,
    pending,
    cpu: cpuAfter.task - cpuBefore.task,
    script: cpuAfter.script - cpuBefore.script,
    style: cpuAfter.style - cpuBefore.style,
    layout: cpuAfter.layout - cpuBefore.layout,
    phase,
  };
}

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const ms = (value: number | null) => (value === null ? '—' : `${value.toFixed(0)} ms`);

/**
 * The Trends view drawing its largest view: 90 days by day, 20 root causes and
 * 20 dispositions over 5,000 demo customers, eight charts, in the built
 * browser shell (Debian's Chromium, 1280×720), three rounds. Measured from the
 * `trends.get` answer reaching the page to the charts' bars drawn (above the
 * fold, and all of them), for the period change to 90 days, day → week,
 * week → day and a team filter; baseline: the same browser drawing as many
 * bars as plain SVG.
 */
export async function benchTrendsRender(options: { profile: boolean }): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-trends-render-'));
  console.log(`\nTrends — chart render (${customers} demo customers, ${periodDays} days by day, ${rounds} rounds; work in ${dir})`);
  const stoppers: (() => Promise<void>)[] = [];
  try {
    const dataDir = join(dir, 'data');
    const file = generateDatabase(dataDir, customers);
    const codes = await widenCodeLists(dataDir, file);
    const host = await startWebHost(dataDir);
    stoppers.push(() => host.stop());
    const admin = demoRoster.find((person) => person.role === 'admin');
    await callContract(host.url, 'phone.account.save', { server: `wss://sip.${demoSipDomain}/ws`, username: admin?.user ?? 'admin', domain: demoSipDomain, displayName: admin?.name ?? '' });
    const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
    stoppers.push(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(watchTrendsRender);
    await page.addInitScript(countReactRenders);
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(host.url);
    await page.getByTestId('workspace-trends').click();
    await page.getByTestId('trend-chart-calls').locator(barSelector).first().waitFor({ timeout: 60_000 });

    const today = Math.floor(Date.now() / 86_400_000);
    const from90 = isoDay(today - periodDays + 1);
    const from30 = isoDay(today - 29);
    const figures = new Map<string, PhaseFigures[]>();
    const record = (name: string, measured: PhaseFigures) => {
      figures.set(name, [...(figures.get(name) ?? []), measured]);
    };
    let largest: RenderPhase | null = null;
    for (let round = 1; round <= rounds; round++) {
      const loadBefore = load();
      const open = options.profile && round === 1 ? await profiled(page, () => measure(page, session, { kind: 'from', day: from90 })) : await measure(page, session, { kind: 'from', day: from90 });
      largest = open.phase;
      record(`${periodDays} days by day (from 30)`, open);
      const renders = await countRendersDuring(page, async () => record('day → week', await measure(page, session, { kind: 'bucket', bucket: 'week' })));
      record('week → day', await measure(page, session, { kind: 'bucket', bucket: 'day' }));
      record('filter: one team', await measure(page, session, { kind: 'team', team: demoTeams[0] }));
      record('filter: all teams', await measure(page, session, { kind: 'team', team: '' }));
      await measure(page, session, { kind: 'from', day: from30 });
      const componentRenders = renders.components.reduce((sum, [, count]) => sum + count, 0);
      console.log(`  round ${round} (load average ${loadBefore} → ${load()}): day → week took ${renders.commits} React commits, ${componentRenders} component renders`);
    }

    const charts = largest?.charts ?? [];
    const seriesNote = `${codes.rootCauses} root causes, ${codes.dispositions} dispositions`;
    console.log(`  ${charts.length} charts (${seriesNote}); bars per chart at ${periodDays} days by day: ${charts.map((chart) => `${chart.id} ${chart.bars}${chart.aboveFold ? ' (above the fold)' : ''}`).join(', ')}`);
    const baselinePage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const baselineSession = await baselinePage.context().newCDPSession(baselinePage);
    await baselineSession.send('Performance.enable', { timeDomain: 'threadTicks' });
    const drawPlain = async (bars: number[]) => {
      await baselinePage.setContent('<!doctype html><title>plain bars</title>');
      const cpuBefore = await mainThreadCpu(baselineSession);
      const wall = await baselinePage.evaluate(drawPlainBars, bars);
      return { wall, cpu: (await mainThreadCpu(baselineSession)).task - cpuBefore.task };
    };
    // The first drawing warms the page up; not counted.
    await drawPlain(charts.map((chart) => chart.bars));
    const floorFold: number[] = [];
    const floorAll: number[] = [];
    const floorCpu: number[] = [];
    for (let round = 0; round < rounds; round++) {
      floorFold.push((await drawPlain(charts.filter((chart) => chart.aboveFold).map((chart) => chart.bars))).wall);
      const all = await drawPlain(charts.map((chart) => chart.bars));
      floorAll.push(all.wall);
      floorCpu.push(all.cpu);
    }
    const floor = { fold: percentiles(floorFold), all: percentiles(floorAll), cpu: percentiles(floorCpu) };
    console.log(`  baseline, the same bars as plain SVG rectangles: above the fold p50 ${ms(floor.fold.p50)} / p95 ${ms(floor.fold.p95)}; all charts p50 ${ms(floor.all.p50)} / p95 ${ms(floor.all.p95)}, main-thread CPU p50 ${ms(floor.cpu.p50)}`);

    for (const [name, measured] of figures) {
      const fold = percentiles(measured.map((figure) => figure.fold));
      const input = percentiles(measured.map((figure) => figure.foldFromInput));
      const answer = percentiles(measured.map((figure) => figure.answer));
      const cpu = percentiles(measured.map((figure) => figure.cpu));
      const asked = percentiles(measured.map((figure) => figure.asked));
      const p50Of = (pick: (figure: PhaseFigures) => number) => ms(percentiles(measured.map(pick)).p50);
      const complete = measured.every((figure) => figure.all !== null);
      const all = complete ? percentiles(measured.map((figure) => figure.all ?? 0)) : null;
      console.log(
        `  ${name}: answer → above the fold drawn p50 ${ms(fold.p50)} / p95 ${ms(fold.p95)} (${(fold.p50 / Math.max(1, floor.fold.p50)).toFixed(1)}× the baseline); ` +
          `change → drawn p50 ${ms(input.p50)} / p95 ${ms(input.p95)} (asked after ${ms(asked.p50)}, answered after ${ms(answer.p50)}); main-thread CPU p50 ${ms(cpu.p50)} (script ${p50Of((figure) => figure.script)}, style ${p50Of((figure) => figure.style)}, layout ${p50Of((figure) => figure.layout)}); ` +
          (all ? `all charts drawn p50 ${ms(all.p50)} / p95 ${ms(all.p95)} (${(all.p50 / Math.max(1, floor.all.p50)).toFixed(1)}× the baseline)` : `${Math.max(...measured.map((figure) => figure.pending))} charts wait to be scrolled to`),
      );
    }
    console.log(`  load average at the end: ${load()}`);
    const p95Of = (name: string, pick: (figure: PhaseFigures) => number) => percentiles((figures.get(name) ?? []).map(pick)).p95;
    const usable = printTarget(`${periodDays} days by day: above the fold drawn within 500 ms of the report (p95)`, p95Of(`${periodDays} days by day (from 30)`, (figure) => figure.fold) < 500);
    const switched = printTarget('day ↔ week: above the fold drawn within 300 ms of the click (p95)', Math.max(p95Of('day → week', (figure) => figure.foldFromInput), p95Of('week → day', (figure) => figure.foldFromInput)) < 300);
    return usable && switched;
  } finally {
    for (const stop of stoppers.reverse()) await stop().catch((error: unknown) => console.warn('A part of the trends-render bench did not stop cleanly.', error));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one change under the page's CPU profiler and prints where its main thread spent the time. */
async function profiled(page: Page, run: () => Promise<PhaseFigures>): Promise<PhaseFigures> {
  let result: PhaseFigures | null = null;
  const times = await profilePage(page, async () => {
    result = await run();
  });
  console.log(`  CPU profile of the change to ${periodDays} days (page main thread, self time):`);
  for (const entry of times.filter((time) => time.name !== '(idle)').slice(0, 15)) console.log(`    ${entry.ms.toFixed(0).padStart(6)} ms ${(entry.share * 100).toFixed(1).padStart(5)} %  ${entry.name}`);
  if (!result) throw new Error('the profiled change gave no figures');
  return result;
}
