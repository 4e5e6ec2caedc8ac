import { randomUUID } from 'node:crypto';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import { initialCursor, wireItemSchema, type EvaluationItem, type NoteItem, type ScorecardFormItem } from '../../../src/main/services/sync/wire';
import { checkGrantIssued, checkGrantRefused, SupervisionFeed } from './supervision-checks';

export interface CheckResult {
  name: string;
  passed: boolean;
  detail: string;
}

export interface ConformanceOptions {
  url: string;
  token: string | null;
  /** Walking a real CRM's whole feed may take hours: stop after this many pages. */
  maxPages: number;
}

class CheckFailed extends Error {}

/**
 * `updatedAt` is optional on interactions in contract v1, but a feed that
 * gives it must move it forward: the console ignores a copy no later than the
 * one it holds (docs/SYNC.md), so a change published with an older or equal
 * `updatedAt`, or without one after one was given, would be lost or undo a newer one.
 */
class InteractionVersions {
  private readonly latest = new Map<string, number>();
  copiesWithUpdatedAt = 0;
  problem: string | null = null;

  see(id: string, updatedAt: number | null | undefined, at: string): void {
    const held = this.latest.get(id);
    if (updatedAt === null || updatedAt === undefined) {
      if (held !== undefined) this.problem ??= `${at}: interaction ${id} has no updatedAt, but an earlier copy had ${held}`;
      return;
    }
    this.copiesWithUpdatedAt += 1;
    if (held !== undefined && updatedAt <= held) this.problem ??= `${at}: interaction ${id} has updatedAt ${updatedAt}, not later than an earlier copy's ${held}`;
    this.latest.set(id, Math.max(updatedAt, held ?? updatedAt));
  }
}

function expectThat(condition: boolean, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

/**
 * What docs/SYNC.md asks of a CRM endpoint, checked against a live one. It
 * writes one note (author "parley-conformance") for the first customer in
 * the feed: run it against a test tenant.
 */
export async function runConformance(options: ConformanceOptions, report: (result: CheckResult) => void): Promise<CheckResult[]> {
  const connector = createHttpConnector({ baseUrl: options.url, token: options.token, timeoutMs: 30_000 });
  const results: CheckResult[] = [];
  const state = { customerId: null as string | null, lastCursor: initialCursor, noteId: randomUUID(), key: randomUUID(), evaluationId: randomUUID() };
  const interactions = new InteractionVersions();
  const supervision = new SupervisionFeed();
  const failCheck = (message: string): never => {
    throw new CheckFailed(message);
  };

  const check = async (name: string, run: () => Promise<string>) => {
    let result: CheckResult;
    try {
      result = { name, passed: true, detail: await run() };
    } catch (error) {
      result = { name, passed: false, detail: error instanceof Error ? error.message : 'failed' };
    }
    results.push(result);
    report(result);
  };

  await check('the first page answers in the contract shape and echoes the empty cursor', async () => {
    const page = await connector.pull(initialCursor, 50);
    expectThat(page.after === initialCursor, `"after" is ${JSON.stringify(page.after)}, expected ""`);
    return `${page.items.length} items, more: ${page.more}`;
  });

  await check('every item is valid, customers come before what refers to them, and paging ends', async () => {
    let cursor = initialCursor;
    let pages = 0;
    let items = 0;
    const customers = new Set<string>();
    for (; pages < options.maxPages; pages += 1) {
      const page = await connector.pull(cursor, 200);
      expectThat(page.after === cursor, `page ${pages + 1}: "after" does not echo the cursor asked for`);
      for (const [index, raw] of page.items.entries()) {
        const parsed = wireItemSchema.safeParse(raw);
        expectThat(parsed.success, `page ${pages + 1}, item ${index + 1}: ${parsed.error?.issues[0]?.path.join('.')} ${parsed.error?.issues[0]?.message}`);
        const item = parsed.data;
        if (item.kind === 'customer') customers.add(item.id);
        supervision.see(item);
        if (item.kind === 'interaction') interactions.see(item.id, item.updatedAt, `page ${pages + 1}, item ${index + 1}`);
        if (item.kind === 'note' || item.kind === 'promise') {
          expectThat(customers.has(item.customerId), `page ${pages + 1}, item ${index + 1}: ${item.kind} ${item.id} comes before its customer`);
        }
        items += 1;
      }
      state.customerId ??= [...customers][0] ?? null;
      expectThat(!page.more || page.next !== cursor, `page ${pages + 1}: says there is more but the cursor did not move`);
      cursor = page.next;
      if (!page.more) {
        state.lastCursor = cursor;
        return `${items} items in ${pages + 1} pages`;
      }
    }
    state.lastCursor = cursor;
    return `stopped after ${pages} pages (${items} items); more remain`;
  });

  await check('interactions that carry updatedAt move it forward with every later copy (the console keeps the later copy)', async () => {
    expectThat(interactions.problem === null, interactions.problem ?? '');
    return `${interactions.copiesWithUpdatedAt} copies with updatedAt, in order`;
  });

  await check('a supervisor leading an agent’s team gets a grant that verifies with a key the feed publishes, lives at most 60 s and is never reused', () =>
    checkGrantIssued(options, supervision, failCheck),
  );

  await check('someone who does not lead the agent’s team is refused a grant (403 with a reason)', () => checkGrantRefused(options, supervision, failCheck));

  await check('the same cursor asked twice gives the same page (a sync can resume anywhere)', async () => {
    const first = await connector.pull(initialCursor, 20);
    const second = await connector.pull(initialCursor, 20);
    expectThat(JSON.stringify(first) === JSON.stringify(second), 'the two answers differ');
    return 'identical';
  });

  await check('a pushed note is stored once; the same idempotency key again answers "duplicate"', async () => {
    expectThat(state.customerId !== null, 'the feed has no customer to attach a test note to');
    const note: NoteItem = { kind: 'note', id: state.noteId, customerId: state.customerId, interactionId: null, author: 'parley-conformance', body: 'Conformance check note', createdAt: Date.now() };
    const [first] = await connector.push([{ key: state.key, item: note }]);
    expectThat(first?.key === state.key && first.status === 'stored', `first push answered ${JSON.stringify(first)}`);
    const [again] = await connector.push([{ key: state.key, item: note }]);
    expectThat(again?.key === state.key && again.status === 'duplicate', `second push answered ${JSON.stringify(again)}`);
    return 'stored, then duplicate';
  });

  await check('the pushed note comes back in the feed under the id Parley gave it', async () => {
    let cursor = state.lastCursor;
    for (let pages = 0; pages < options.maxPages; pages += 1) {
      const page = await connector.pull(cursor, 200);
      const found = page.items.filter((raw) => typeof raw === 'object' && raw !== null && 'id' in raw && raw.id === state.noteId);
      expectThat(found.length <= 1, 'the note is in the feed more than once');
      if (found.length === 1) return 'found';
      if (!page.more) break;
      cursor = page.next;
    }
    throw new CheckFailed('not in the feed after the cursor where the walk ended');
  });

  await check('an evaluation and the agent’s reply (a newer copy under a new key) are each stored once, and the feed ends with the reply', async () => {
    const made = Date.now();
    const evaluation: EvaluationItem = {
      kind: 'evaluation',
      id: state.evaluationId,
      interactionId: null,
      agent: 'parley-conformance agent',
      evaluator: 'parley-conformance',
      formSlug: 'service-standard',
      formVersion: 1,
      answers: { greeting: 'yes', tone: 4 },
      comment: 'Conformance check evaluation',
      scorePercent: 87.5,
      failedCritical: [],
      createdAt: made,
      response: 'none',
      responseComment: '',
      respondedAt: null,
      updatedAt: made,
    };
    const reply: EvaluationItem = { ...evaluation, response: 'disputed', responseComment: 'Conformance check reply', respondedAt: made + 1, updatedAt: made + 1 };
    const keys = { evaluation: randomUUID(), reply: randomUUID() };
    const answers = [
      ...(await connector.push([{ key: keys.evaluation, item: evaluation }])),
      ...(await connector.push([{ key: keys.evaluation, item: evaluation }])),
      ...(await connector.push([{ key: keys.reply, item: reply }])),
    ].map((result) => result.status);
    expectThat(answers.join() === 'stored,duplicate,stored', `pushes answered ${answers.join(', ')} (expected stored, duplicate, stored)`);
    let cursor = state.lastCursor;
    let latest: unknown = null;
    for (let pages = 0; pages < options.maxPages; pages += 1) {
      const page = await connector.pull(cursor, 200);
      for (const raw of page.items) if (typeof raw === 'object' && raw !== null && 'id' in raw && raw.id === state.evaluationId) latest = raw;
      if (!page.more) break;
      cursor = page.next;
    }
    const parsed = wireItemSchema.safeParse(latest);
    expectThat(parsed.success && parsed.data.kind === 'evaluation', 'the evaluation is not in the feed after the cursor where the walk ended');
    expectThat(parsed.data.kind === 'evaluation' && parsed.data.response === 'disputed', 'the feed’s last copy of the evaluation is not the reply');
    return 'stored, duplicate, reply stored; the feed ends with the reply';
  });

  await check('a form version is stored once, comes back in the feed as it was pushed, and another form under the same version is refused', async () => {
    // A slug of its own on every run: a CRM keeps what earlier runs pushed, and versions never change.
    const slug = `parley-conformance-${randomUUID().slice(0, 8)}`;
    const question = (id: string, critical: boolean) => ({
      id,
      title: { en: 'Conformance item', ru: 'Пункт проверки', uk: 'Пункт перевірки' },
      text: { en: 'Conformance check question', ru: 'Вопрос проверки', uk: 'Питання перевірки' },
      kind: 'yes-no',
      allowNa: false,
      weight: 10,
      critical,
    });
    const form: ScorecardFormItem = {
      kind: 'scorecard_form',
      id: `${slug}@1`,
      slug,
      version: 1,
      body: { slug, title: { en: 'Conformance form', ru: 'Форма проверки', uk: 'Форма перевірки' }, questions: [question('greeting', false), question('identification', true)] },
      createdAt: Date.now(),
      createdBy: 'parley-conformance',
    };
    const other: ScorecardFormItem = { ...form, body: { ...(form.body as object), questions: [question('greeting', false)] } };
    const key = randomUUID();
    const answers = [
      ...(await connector.push([{ key, item: form }])),
      ...(await connector.push([{ key, item: form }])),
      ...(await connector.push([{ key: randomUUID(), item: other }])),
    ].map((result) => result.status);
    expectThat(answers.join() === 'stored,duplicate,rejected', `pushes answered ${answers.join(', ')} (expected stored, duplicate, rejected)`);
    let cursor = state.lastCursor;
    const copies: unknown[] = [];
    for (let pages = 0; pages < options.maxPages; pages += 1) {
      const page = await connector.pull(cursor, 200);
      copies.push(...page.items.filter((raw) => typeof raw === 'object' && raw !== null && 'id' in raw && raw.id === form.id));
      if (!page.more) break;
      cursor = page.next;
    }
    expectThat(copies.length === 1, `the form version is in the feed ${copies.length} times (expected once)`);
    const [copy] = copies;
    expectThat(JSON.stringify((copy as ScorecardFormItem).body) === JSON.stringify(form.body), 'the feed’s copy of the form differs from what was pushed');
    return 'stored, duplicate, the other form refused; the feed holds the version once, as pushed';
  });

  if (options.token !== null) {
    await check('a request without the token is refused', async () => {
      const anonymous = createHttpConnector({ baseUrl: options.url, token: null, timeoutMs: 30_000 });
      const refused = await anonymous.pull(initialCursor, 1).then(
        () => false,
        (error: unknown) => error instanceof Error && /answered 40[13]/.test(error.message),
      );
      expectThat(refused, 'answered without a token (expected 401 or 403)');
      return 'refused';
    });
  }
  return results;
}
