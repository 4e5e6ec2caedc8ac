import { describe, expect, it } from 'vitest';
import { recordSupervisionEvent } from '../../../src/main/services/supervision/record-session';
import { getCallReview } from '../../../src/main/services/review/call-review';
import { evaluationScores } from '../../../src/main/services/review/evaluation-scores';
import { reviewHandlers } from '../../../src/main/services/review/review-handlers';
import { noPolicy } from '@shared/policy/effective-policy';
import { myEvaluations, replyToEvaluation, saveEvaluation } from '../../../src/main/services/review/evaluations';
import { reviewableCalls } from '../../../src/main/services/review/reviewable-calls';
import { pullChanges } from '../../../src/main/services/sync/pull-changes';
import { pushOutbox } from '../../../src/main/services/sync/push-outbox';
import { localCall, pull, push, useContactCenter } from '../support/contact-center';

const contactCenter = useContactCenter();
const answers = { greeting: 'yes', identification: 'yes', 'problem-restated': 'no', 'promise-stated': 'yes', tone: 4, 'complaint-handled': 'na' } as const;

describe('who may open which call (decided in main, by the roster)', () => {
  it('a supervisor opens and scores their team’s calls only; an agent reads their own and nobody else’s', async () => {
    const { supervisor, agent } = await contactCenter();
    const anna = getCallReview(supervisor, localCall(supervisor, 'call-anna'), null);
    expect(anna).toMatchObject({ mayEvaluate: true, call: { agent: 'Anna Kovalenko' } });
    expect(getCallReview(supervisor, localCall(supervisor, 'call-boris'), null)).toBe('not-allowed');
    expect(reviewableCalls(supervisor, 10).map((listed) => listed.agent)).toEqual(['Anna Kovalenko']);

    expect(getCallReview(agent, localCall(agent, 'call-anna'), null)).toMatchObject({ mayEvaluate: false });
    expect(getCallReview(agent, localCall(agent, 'call-boris'), null)).toBe('not-allowed');
    expect(saveEvaluation(agent, { interactionId: localCall(agent, 'call-anna'), formSlug: 'service-standard', formVersion: 1, answers, comment: '' })).toBe(
      'not-allowed',
    );
  });

  it('refuses through the contract with a reason the page can word, and writes the refusal down', async () => {
    const { supervisor } = await contactCenter();
    const handlers = reviewHandlers(supervisor, () => undefined, () => noPolicy);
    const boris = localCall(supervisor, 'call-boris');
    expect(await handlers['calls.review']({ interactionId: boris })).toMatchObject({ error: { code: 'review_not_allowed', interactionId: boris } });
    const audit = supervisor.sqlite.prepare('SELECT actor, action, entity_id FROM audit_log WHERE action = ?').all('review.refused');
    expect(audit).toEqual([{ actor: 'Olena Shevchenko', action: 'review.refused', entity_id: String(boris) }]);
  });

  it('fills the recording link from IT’s template with the Call-ID the CRM’s copy of the call carries, and its day', async () => {
    const { supervisor } = await contactCenter();
    const review = getCallReview(supervisor, localCall(supervisor, 'call-anna'), 'https://rec.example.com/{date}/{callId}.wav');
    expect(review).toMatchObject({ recordingUrl: 'https://rec.example.com/2023-11-14/call-anna%2F7%40pbx.wav' });
  });

  it('lists the monitoring sessions on the call — the supervisor’s by its Call-ID, the agent’s by the call — with each mode’s time and why it ended', async () => {
    const { supervisor, agent } = await contactCenter();
    const started = 1_700_000_010_000;
    const session = { sessionId: '7f1c1f38-61a4-4d4e-9b1b-6a1f2c3d4e5f', mode: 'listen', supervisorId: 'p-olena', agentId: 'p-anna', callId: 'call-anna/7@pbx' } as const;
    for (const [store, side, interactionId] of [[supervisor, 'supervisor', undefined], [agent, 'agent', localCall(agent, 'call-anna')]] as const) {
      const base = { ...session, side, ...(interactionId === undefined ? {} : { interactionId }) };
      expect(recordSupervisionEvent(store, { ...base, event: 'started', at: started })).toBe('recorded');
      expect(recordSupervisionEvent(store, { ...base, event: 'mode-changed', mode: 'whisper', at: started + 12_000 })).toBe('recorded');
      expect(recordSupervisionEvent(store, { ...base, event: 'ended', mode: 'whisper', reason: 'call-ended', at: started + 42_000 })).toBe('recorded');
    }
    const expected = {
      supervisor: 'Olena Shevchenko',
      endReason: 'call-ended',
      modes: [
        { mode: 'listen', from: started, to: started + 12_000 },
        { mode: 'whisper', from: started + 12_000, to: started + 42_000 },
      ],
    };
    expect(getCallReview(supervisor, localCall(supervisor, 'call-anna'), null)).toMatchObject({ monitoring: [expected] });
    expect(getCallReview(agent, localCall(agent, 'call-anna'), null)).toMatchObject({ monitoring: [expected] });
  });
});

describe('an evaluation travels supervisor → CRM → agent, and the agent’s dispute back', () => {
  it('reaches the reference CRM exactly once, shows on the agent’s console with its comment, and the dispute comes back to the supervisor', async () => {
    const { server, connector, supervisor, agent } = await contactCenter();
    const saved = saveEvaluation(supervisor, {
      interactionId: localCall(supervisor, 'call-anna'),
      formSlug: 'service-standard',
      formVersion: 1,
      answers,
      comment: 'Restate the problem before offering a fix.',
    });
    if (typeof saved === 'string') throw new Error(saved);
    // 10 + 20 + 20 + 15·¾ earned of 80 possible (the complaint item does not apply).
    expect(saved).toMatchObject({ scorePercent: 76.6, failedCritical: [], evaluator: 'Olena Shevchenko', agent: 'Anna Kovalenko' });

    await pushOutbox(supervisor, connector, push);
    await pushOutbox(supervisor, connector, push);
    expect(server.storedTimes.get(saved.id)).toBe(1);

    await pullChanges(agent, connector, pull);
    const [received] = myEvaluations(agent, 10);
    expect(received).toMatchObject({ id: saved.id, comment: 'Restate the problem before offering a fix.', scorePercent: 76.6, response: 'none' });
    expect(getCallReview(agent, localCall(agent, 'call-anna'), null)).toMatchObject({ evaluations: [expect.objectContaining({ id: saved.id })] });

    expect(replyToEvaluation(supervisor, { evaluationId: saved.id, response: 'acknowledged', comment: '' })).toBe('not-yours');
    const disputed = replyToEvaluation(agent, { evaluationId: saved.id, response: 'disputed', comment: 'The customer hung up before I could.' });
    expect(disputed).toMatchObject({ response: 'disputed', responseComment: 'The customer hung up before I could.' });
    await pushOutbox(agent, connector, push);
    // The dispute is one more change of the same evaluation, stored once too.
    expect(server.storedTimes.get(saved.id)).toBe(2);

    // The supervisor's console hears it; a replayed older copy never undoes it.
    await pullChanges(supervisor, connector, pull);
    server.publish({
      kind: 'evaluation',
      id: saved.id,
      interactionId: 'call-anna',
      agent: saved.agent,
      evaluator: saved.evaluator,
      formSlug: saved.formSlug,
      formVersion: saved.formVersion,
      answers: saved.answers,
      comment: saved.comment,
      scorePercent: saved.scorePercent,
      failedCritical: [],
      createdAt: saved.createdAt,
      response: 'none',
      updatedAt: saved.createdAt,
    });
    await pullChanges(supervisor, connector, pull);
    const review = getCallReview(supervisor, localCall(supervisor, 'call-anna'), null);
    expect(review).toMatchObject({ evaluations: [expect.objectContaining({ response: 'disputed', responseComment: 'The customer hung up before I could.' })] });
  });
});

describe('evaluation scores for trends', () => {
  it('averages per agent and per question, over only the agents this user may see', async () => {
    const { connector, supervisor, agent } = await contactCenter();
    const saved = saveEvaluation(supervisor, { interactionId: localCall(supervisor, 'call-anna'), formSlug: 'service-standard', formVersion: 1, answers, comment: '' });
    if (typeof saved === 'string') throw new Error(saved);
    const period = { from: saved.createdAt - 1, to: saved.createdAt + 1, team: null };
    const scores = evaluationScores(supervisor, period);
    expect(scores.byAgent).toEqual([{ agent: 'Anna Kovalenko', evaluations: 1, averagePercent: 76.6, criticalFailures: 0 }]);
    expect(scores.byQuestion).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ questionId: 'problem-restated', answered: 1, averageShare: 0 }),
        { questionId: 'tone', title: { en: 'Tone', ru: 'Тон', uk: 'Тон' }, answered: 1, averageShare: 75 },
      ]),
    );
    // The complaint item was not applicable: it is not averaged.
    expect(scores.byQuestion.map((question) => question.questionId)).not.toContain('complaint-handled');
    expect(evaluationScores(supervisor, { ...period, team: 'Sales' }).byAgent).toEqual([]);

    await pushOutbox(supervisor, connector, push);
    await pullChanges(agent, connector, pull);
    expect(evaluationScores(agent, period).byAgent.map((row) => row.agent)).toEqual(['Anna Kovalenko']);
  });
});
