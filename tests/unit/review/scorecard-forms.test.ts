import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { callReviewSchema } from '@shared/domain/call-review';
import { noPolicy } from '@shared/policy/effective-policy';
import type { ScorecardFormDraft } from '@shared/scorecards/scorecard-form-draft';
import { checkScorecardForm, draftOf } from '@shared/scorecards/scorecard-form-problems';
import { serviceStandardScorecard } from '@shared/scorecards/service-standard-scorecard';
import { getCallReview } from '../../../src/main/services/review/call-review';
import { myEvaluations, saveEvaluation } from '../../../src/main/services/review/evaluations';
import { reviewHandlers } from '../../../src/main/services/review/review-handlers';
import { saveScorecardForm } from '../../../src/main/services/review/save-scorecard-form';
import { findScorecardForm, installDefaultScorecardForm } from '../../../src/main/services/review/scorecard-form-store';
import { pullChanges } from '../../../src/main/services/sync/pull-changes';
import { pushOutbox } from '../../../src/main/services/sync/push-outbox';
import { openStore } from '../../../src/main/store/database';
import { migrations } from '../../../src/main/store/migrations';
import { registerSearchFunctions } from '../../../src/main/store/search-functions';
import { findEvaluation } from '../../../src/main/store/queries/evaluations';
import { localCall, pull, push, useContactCenter } from '../support/contact-center';
import { useTempDir } from '../support/temp-store';

const contactCenter = useContactCenter();
const tempDir = useTempDir();

const words = (en: string) => ({ en, ru: `${en} (ru)`, uk: `${en} (uk)` });
const hold = { id: 'hold-announced', title: words('Hold announced'), text: words('The customer was told before being put on hold'), kind: 'yes-no', allowNa: true, weight: 10, critical: true } as const;
/** The service standard with one more critical item. */
const withHoldItem = (): ScorecardFormDraft => {
  const draft = draftOf(serviceStandardScorecard);
  return { ...draft, questions: [...draft.questions, { ...hold }] };
};
const allMet = { greeting: 'yes', identification: 'yes', 'problem-restated': 'yes', 'promise-stated': 'yes', tone: 5, 'complaint-handled': 'na' } as const;

const problemsOf = (draft: ScorecardFormDraft) => {
  const checked = checkScorecardForm(draft);
  return checked.ok ? [] : checked.problems;
};

describe('an edited form is the next version; versions before it never change', () => {
  it('an evaluation stored before forms were (schema 17) still resolves to the service standard’s questions once the console starts', () => {
    const file = join(tempDir(), 'parley.sqlite');
    const before = new Database(file);
    registerSearchFunctions(before);
    for (const migration of migrations.filter((candidate) => candidate.version <= 17)) before.exec(migration.sql);
    before.pragma('user_version = 17');
    before
      .prepare(
        `INSERT INTO evaluations (external_id, agent, evaluator, form_slug, form_version, answers, created_at, updated_at)
         VALUES ('e-old', 'Anna Kovalenko', 'Olena Shevchenko', 'service-standard', 1, '{}', 1, 1)`,
      )
      .run();
    before.close();

    const store = openStore(file);
    installDefaultScorecardForm(store);
    expect(findEvaluation(store, 'e-old')).toMatchObject({ formSlug: 'service-standard', formVersion: 1, formTitle: serviceStandardScorecard.title });
    expect(findScorecardForm(store, 'service-standard', 1)?.questions).toEqual(serviceStandardScorecard.questions);
    // Installed once: a second start leaves it as it is.
    installDefaultScorecardForm(store);
    expect(store.sqlite.prepare('SELECT count(*) FROM scorecard_forms').pluck().get()).toBe(1);
    store.close();
  });

  it('saves version 2 beside version 1, scores new calls with it, and earlier evaluations keep their version and questions', async () => {
    const { supervisor } = await contactCenter();
    const call = localCall(supervisor, 'call-anna');
    const before = saveEvaluation(supervisor, { interactionId: call, formSlug: 'service-standard', formVersion: 1, answers: allMet, comment: '' });
    if (typeof before === 'string') throw new Error(before);

    const outcome = saveScorecardForm(supervisor, withHoldItem(), 1_700_000_500_000);
    expect(outcome).toMatchObject({ unchanged: false, saved: { slug: 'service-standard', version: 2, createdBy: 'Olena Shevchenko', createdAt: 1_700_000_500_000 } });
    expect(findScorecardForm(supervisor, 'service-standard', 1)?.questions.map((question) => question.id)).not.toContain('hold-announced');
    expect(findScorecardForm(supervisor, 'service-standard', 2)?.questions.map((question) => question.id)).toContain('hold-announced');

    // The review offers the newest version; the evaluation made before still names version 1, with its title.
    const review = callReviewSchema.parse(getCallReview(supervisor, call, null));
    expect(review.scorecards.map(({ form }) => `${form.slug}@${form.version}`)).toEqual(['service-standard@2']);
    expect(review.evaluations).toEqual([expect.objectContaining({ id: before.id, formVersion: 1, formTitle: serviceStandardScorecard.title, scorePercent: 100 })]);

    // Scored with version 2: the new critical item failed fails the whole form.
    const after = saveEvaluation(supervisor, { interactionId: call, formSlug: 'service-standard', formVersion: 2, answers: { ...allMet, 'hold-announced': 'no' }, comment: '' });
    expect(after).toMatchObject({ formVersion: 2, scorePercent: 0, failedCritical: ['hold-announced'] });
    // Version 1 does not know the new item: it is not part of an evaluation against it.
    expect(saveEvaluation(supervisor, { interactionId: call, formSlug: 'service-standard', formVersion: 1, answers: { ...allMet, 'hold-announced': 'no' }, comment: '' })).toMatchObject({
      formVersion: 1,
      scorePercent: 100,
      answers: allMet,
    });
  });

  it('saving the newest version unchanged makes no new version and queues nothing', async () => {
    const { supervisor } = await contactCenter();
    expect(saveScorecardForm(supervisor, draftOf(serviceStandardScorecard))).toMatchObject({ unchanged: true, saved: { version: 1 } });
    expect(supervisor.sqlite.prepare("SELECT count(*) FROM sync_outbox WHERE entity = 'scorecard_form'").pluck().get()).toBe(0);
  });

  it('a new form starts at version 1 and is offered first, the service standard still beside it', async () => {
    const { supervisor } = await contactCenter();
    const sales = { slug: 'sales-call', title: words('Sales call'), questions: [{ ...hold, critical: false }, { ...hold, id: 'offer-named', critical: true }] };
    expect(saveScorecardForm(supervisor, sales, Date.now())).toMatchObject({ saved: { slug: 'sales-call', version: 1 } });
    const review = getCallReview(supervisor, localCall(supervisor, 'call-anna'), null);
    if (typeof review === 'string') throw new Error(review);
    expect(review.scorecards.map(({ form }) => form.slug)).toEqual(['sales-call', 'service-standard']);
  });
});

describe('a form that breaks a rule is refused with the reason and where, and nothing is stored', () => {
  it('names each problem', () => {
    const form = withHoldItem();
    const question = (index: number, change: object) => ({ ...form, questions: form.questions.map((q, at) => (at === index ? { ...q, ...change } : q)) });
    expect(problemsOf({ ...form, questions: [] })).toEqual([{ problem: 'no-questions' }]);
    expect(problemsOf(question(1, { id: 'greeting' }))).toEqual([{ problem: 'duplicate-question-id', question: 1, questionId: 'greeting' }]);
    expect(problemsOf(question(0, { weight: 0 }))).toEqual([{ problem: 'weight-out-of-range', question: 0, limit: 100 }]);
    expect(problemsOf(question(0, { weight: -5 }))).toEqual([{ problem: 'weight-out-of-range', question: 0, limit: 100 }]);
    expect(problemsOf(question(0, { weight: 2.5 }))).toEqual([{ problem: 'weight-out-of-range', question: 0, limit: 100 }]);
    expect(problemsOf(question(0, { weight: 'ten' }))).toEqual([{ problem: 'weight-not-a-number', question: 0 }]);
    expect(problemsOf(question(0, { weight: '' }))).toEqual([{ problem: 'weight-not-a-number', question: 0 }]);
    // What a field gives as typed is read as a number when it is one.
    expect(problemsOf(question(0, { weight: ' 12 ' }))).toEqual([]);
    expect(problemsOf(question(2, { text: { ...form.questions[2]?.text, uk: '   ' } }))).toEqual([{ problem: 'empty-text', question: 2, field: 'text', language: 'uk' }]);
    expect(problemsOf({ ...form, title: { ...form.title, ru: '' } })).toEqual([{ problem: 'empty-text', question: null, field: 'title', language: 'ru' }]);
    expect(problemsOf(question(3, { title: { ...form.questions[3]?.title, en: 'x'.repeat(61) } }))).toEqual([
      { problem: 'text-too-long', question: 3, field: 'title', language: 'en', limit: 60 },
    ]);
    expect(problemsOf(question(3, { text: { ...form.questions[3]?.text, ru: 'я'.repeat(301) } }))).toEqual([
      { problem: 'text-too-long', question: 3, field: 'text', language: 'ru', limit: 300 },
    ]);
    expect(problemsOf({ ...form, questions: form.questions.map((q) => ({ ...q, critical: true })) })).toEqual([{ problem: 'only-critical' }]);
    expect(problemsOf(question(4, { scaleMax: 11 }))).toEqual([{ problem: 'scale-out-of-range', question: 4, min: 2, max: 10 }]);
    expect(problemsOf(question(0, { id: 'Greeting!' }))).toEqual([{ problem: 'bad-question-id', question: 0 }]);
    expect(problemsOf({ ...form, slug: 'Service standard' })).toEqual([{ problem: 'bad-slug' }]);
    expect(problemsOf({ ...form, questions: Array.from({ length: 51 }, (_, index) => ({ ...hold, id: `item-${index}`, critical: index === 0 })) })).toEqual([
      { problem: 'too-many-questions', limit: 50 },
    ]);
  });

  it('through the contract: refused with every problem, the version count unchanged', async () => {
    const { supervisor } = await contactCenter();
    const handlers = reviewHandlers(supervisor, () => undefined, () => noPolicy);
    const broken = { ...withHoldItem(), questions: withHoldItem().questions.map((q, at) => (at === 0 ? { ...q, weight: 'ten', text: { ...q.text, en: '' } } : q)) };
    expect(await handlers['scorecards.forms.save'](broken)).toMatchObject({
      error: {
        code: 'scorecard_form_invalid',
        problems: [
          { problem: 'weight-not-a-number', question: 0 },
          { problem: 'empty-text', question: 0, field: 'text', language: 'en' },
        ],
      },
    });
    expect(supervisor.sqlite.prepare('SELECT count(*) FROM scorecard_forms').pluck().get()).toBe(1);
  });
});

describe('who may edit forms', () => {
  it('an agent is refused with the reason, and the refusal is written down with who and why', async () => {
    const { agent, supervisor } = await contactCenter();
    const handlers = reviewHandlers(agent, () => undefined, () => noPolicy);
    expect(await handlers['scorecards.forms.save'](withHoldItem())).toMatchObject({ error: { code: 'scorecard_edit_refused', reason: 'not-a-supervisor' } });
    expect(agent.sqlite.prepare('SELECT count(*) FROM scorecard_forms').pluck().get()).toBe(1);
    const audit = agent.sqlite.prepare('SELECT actor, action, entity, entity_id, details FROM audit_log WHERE action = ?').all('scorecard-form.edit-refused');
    expect(audit).toEqual([{ actor: 'Anna Kovalenko', action: 'scorecard-form.edit-refused', entity: 'scorecard_form', entity_id: 'service-standard', details: '{"reason":"not-a-supervisor"}' }]);
    expect(await handlers['scorecards.forms.list']({})).toMatchObject({ editAccess: 'not-a-supervisor' });
    expect(await reviewHandlers(supervisor, () => undefined, () => noPolicy)['scorecards.forms.list']({})).toMatchObject({
      editAccess: 'allowed',
      forms: [{ slug: 'service-standard', versions: [{ version: 1, createdBy: null }] }],
    });
  });

  it('someone the roster does not know is refused too', async () => {
    const { consoleOf } = await contactCenter();
    const stranger = await consoleOf('guest', 'Guest');
    expect(saveScorecardForm(stranger, withHoldItem())).toEqual({ refused: 'not-in-roster' });
  });
});

describe('forms travel through the CRM as `scorecard_form` items', () => {
  it('a version saved on one console reaches the CRM once and another console, which can score with it at once', async () => {
    const { server, connector, supervisor, consoleOf } = await contactCenter();
    const saved = saveScorecardForm(supervisor, withHoldItem(), 1_700_000_500_000);
    if (!('saved' in saved)) throw new Error('not saved');
    await pushOutbox(supervisor, connector, push);
    await pushOutbox(supervisor, connector, push);
    expect(server.storedTimes.get('service-standard@2')).toBe(1);

    const otherSupervisor = await consoleOf('olena', 'Olena Shevchenko');
    expect(findScorecardForm(otherSupervisor, 'service-standard', 2)).toEqual(saved.saved);
    const scored = saveEvaluation(otherSupervisor, {
      interactionId: localCall(otherSupervisor, 'call-anna'),
      formSlug: 'service-standard',
      formVersion: 2,
      answers: { ...allMet, 'hold-announced': 'no' },
      comment: '',
    });
    expect(scored).toMatchObject({ scorePercent: 0, failedCritical: ['hold-announced'] });
  });

  it('a form copy held already is skipped; another form under a version held, or a form breaking a rule, is refused and reported', async () => {
    const { server, connector, supervisor } = await contactCenter();
    const item = (version: number, body: object) => ({ kind: 'scorecard_form', id: `service-standard@${version}`, slug: 'service-standard', version, body, createdAt: 1, createdBy: 'Ivan' });
    const { slug, title, questions } = serviceStandardScorecard;
    server.publish(
      item(1, { slug, title, questions }),
      item(1, { ...withHoldItem() }),
      item(3, { ...withHoldItem(), questions: [] }),
      item(4, { ...withHoldItem(), questions: withHoldItem().questions.map((q) => ({ ...q, weight: -1 })) }),
    );
    await pullChanges(supervisor, connector, pull);
    expect(supervisor.sqlite.prepare('SELECT slug, version FROM scorecard_forms').all()).toEqual([{ slug: 'service-standard', version: 1 }]);
    const reasons = supervisor.sqlite
      .prepare("SELECT entity_id AS id, details FROM audit_log WHERE action = 'sync.item-rejected' AND entity = 'scorecard_form' ORDER BY id")
      .all() as { id: string; details: string }[];
    expect(reasons.map((row) => [row.id, JSON.parse(row.details)])).toEqual([
      ['service-standard@1', expect.objectContaining({ reasons: ['version: this version already holds another form; versions never change'] })],
      ['service-standard@3', expect.objectContaining({ reasons: ['body.questions: no-questions'] })],
      ['service-standard@4', expect.objectContaining({ reasons: expect.arrayContaining(['body.questions.0.weight: weight-out-of-range']) })],
    ]);
  });

  it('an evaluation against a form version this console does not hold yet is kept and said so, then named once the form arrives', async () => {
    const { server, connector, supervisor, agent } = await contactCenter();
    const saved = saveScorecardForm(supervisor, withHoldItem(), 1_700_000_500_000);
    if (!('saved' in saved)) throw new Error('not saved');
    const scored = saveEvaluation(supervisor, { interactionId: localCall(supervisor, 'call-anna'), formSlug: 'service-standard', formVersion: 2, answers: { ...allMet, 'hold-announced': 'no' }, comment: 'Say it before the hold.' });
    if (typeof scored === 'string') throw new Error(scored);
    // The CRM publishes the evaluation before the form (another CRM's order): the agent's console keeps it.
    const outbox = supervisor.sqlite.prepare("SELECT payload FROM sync_outbox WHERE entity = 'evaluation'").pluck().get() as string;
    server.publish(JSON.parse(outbox));
    await pullChanges(agent, connector, pull);
    expect(myEvaluations(agent, 10)).toEqual([expect.objectContaining({ id: scored.id, formSlug: 'service-standard', formVersion: 2, formTitle: null, scorePercent: 0 })]);

    await pushOutbox(supervisor, connector, push);
    await pullChanges(agent, connector, pull);
    expect(myEvaluations(agent, 10)).toEqual([expect.objectContaining({ id: scored.id, formTitle: serviceStandardScorecard.title })]);
  });
});
