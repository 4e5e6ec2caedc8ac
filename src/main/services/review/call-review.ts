import type { CallReview } from '@shared/domain/call-review';
import { reviewAccess, type ReviewAccess } from '@shared/review/review-access';
import { fillRecordingTemplate } from '@shared/review/recording-address';
import { preAnswers, sectionWalks } from '@shared/scorecards/pre-answers';
import type { Store } from '../../store/connection';
import { callRootCauses, findCall } from '../../store/queries/calls';
import { customerDisplayName, notesOfCall, promisesOfCall, teamsOfAgentName } from '../../store/queries/call-review';
import { evaluationsOfCall } from '../../store/queries/evaluations';
import { supervisionSessionsOfCall } from '../../store/queries/supervision';
import { getScript } from '../scripts/script-store';
import { getScriptRun } from '../scripts/script-runs';
import { currentReviewer } from './reviewer';
import { newestScorecardForms } from './scorecard-form-store';

type CallRow = NonNullable<ReturnType<typeof findCall>>;

/** What this console's user may do with a call (main decides; the page only shows). */
export function accessToCall(store: Store, call: Pick<CallRow, 'agent'>): ReviewAccess {
  const { reviewer, roster } = currentReviewer(store);
  return reviewAccess(reviewer, call.agent, call.agent === null ? [] : teamsOfAgentName(store, call.agent), roster);
}

function quality(call: CallRow): CallReview['quality'] {
  const figures = [call.qualityMos, call.qualityLossPercent, call.qualityJitterMs, call.qualityRoundTripMs, call.longestNoAudioSeconds];
  if (figures.every((figure) => figure === null)) return null;
  return {
    mos: call.qualityMos,
    lossPercent: call.qualityLossPercent,
    jitterMs: call.qualityJitterMs,
    roundTripMs: call.qualityRoundTripMs,
    longestNoAudioSeconds: call.longestNoAudioSeconds,
  };
}

/**
 * One call and everything it left behind, for a supervisor's review (or the
 * agent's own look back): who, when and how it ended; the script path with
 * answers and missed checkpoints; the wrap-up; notes and promises with their
 * status now; the call's quality; the recording's address; the supervisors'
 * monitoring sessions on it; evaluations so far; and the forms to score it with (the newest version of each, the one saved last first), each with what the script run already answers.
 */
export function getCallReview(store: Store, interactionId: number, recordingTemplate: string | null): CallReview | 'no-call' | 'not-allowed' {
  const call = findCall(store, interactionId);
  if (!call) return 'no-call';
  const access = accessToCall(store, call);
  if (access === 'none') return 'not-allowed';
  const run = getScriptRun(store, interactionId);
  const script = run ? getScript(store, run.scriptId) : null;
  const walks = run && script ? sectionWalks(script.body, run.walk.path, run.missedCheckpoints.map((missed) => missed.stepId)) : [];
  return {
    call: {
      id: call.id,
      sipCallId: call.sipCallId,
      direction: call.direction,
      fromNumber: call.fromNumber,
      toNumber: call.toNumber,
      startedAt: call.startedAt,
      answeredAt: call.answeredAt,
      endedAt: call.endedAt,
      outcome: call.outcome,
      endReason: call.endReason,
      agent: call.agent,
      customer: call.customerId === null ? null : { id: call.customerId, displayName: customerDisplayName(store, call.customerId) ?? '' },
    },
    wrapUp: {
      dispositionCode: call.dispositionCode,
      rootCauses: callRootCauses(store, interactionId),
      customerWanted: call.customerWanted,
      weOffered: call.weOffered,
    },
    scriptRun: run,
    notes: notesOfCall(store, interactionId),
    promises: promisesOfCall(store, interactionId),
    quality: quality(call),
    recordingUrl:
      recordingTemplate && call.sipCallId
        ? fillRecordingTemplate(recordingTemplate, { callId: call.sipCallId, agentId: call.agent ?? '', startedAt: call.startedAt })
        : null,
    evaluations: evaluationsOfCall(store, interactionId),
    monitoring: supervisionSessionsOfCall(store, interactionId, call.sipCallId),
    mayEvaluate: access === 'evaluate',
    scorecards: newestScorecardForms(store).map((form) => ({ form, preAnswers: preAnswers(form, walks) })),
  };
}
