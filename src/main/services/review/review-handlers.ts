import { fail } from '@shared/contract/error';
import type { Handlers } from '@shared/contract/dispatcher';
import type { EffectivePolicy } from '@shared/policy/effective-policy';
import { formEditAccess } from '@shared/review/review-access';
import type { Store } from '../../store/connection';
import type { Emit } from '../service-context';
import { auditRefusal } from './audit-refusal';
import { getCallReview } from './call-review';
import { recordingTemplateOf } from './recording-template';
import { evaluationScores } from './evaluation-scores';
import { myEvaluations, replyToEvaluation, saveEvaluation } from './evaluations';
import { reviewableCalls } from './reviewable-calls';
import { currentReviewer } from './reviewer';
import { saveScorecardForm } from './save-scorecard-form';
import { scorecardFormVersions } from './scorecard-form-store';

type ReviewMethods =
  | 'calls.review'
  | 'calls.reviewable'
  | 'evaluations.save'
  | 'evaluations.mine'
  | 'evaluations.reply'
  | 'evaluations.scores'
  | 'scorecards.forms.list'
  | 'scorecards.forms.save';

/** The contract's call review, scorecard and form methods; who may see, score and edit what is decided here, not in the page. */
export function reviewHandlers(store: Store, emit: Emit, policy: () => EffectivePolicy): Pick<Handlers, ReviewMethods> {
  return {
    'calls.review': ({ interactionId }) => {
      const review = getCallReview(store, interactionId, recordingTemplateOf(policy()));
      if (review === 'no-call') return fail({ code: 'call_not_found', interactionId });
      if (review === 'not-allowed') {
        auditRefusal(store, { action: 'review.refused', entity: 'interaction' }, String(interactionId));
        return fail({ code: 'review_not_allowed', interactionId });
      }
      return review;
    },
    'calls.reviewable': ({ limit }) => ({ calls: reviewableCalls(store, limit) }),
    'evaluations.save': (save) => {
      const saved = saveEvaluation(store, save);
      switch (saved) {
        case 'no-call':
          return fail({ code: 'call_not_found', interactionId: save.interactionId });
        case 'not-allowed':
          auditRefusal(store, { action: 'evaluation.refused', entity: 'interaction' }, String(save.interactionId));
          return fail({ code: 'review_not_allowed', interactionId: save.interactionId });
        case 'no-form':
          return fail({ code: 'scorecard_form_not_found', slug: save.formSlug, version: save.formVersion });
        case 'unanswered':
          return fail({ code: 'scorecard_unanswered' });
        default:
          emit('evaluations.changed', {});
          return saved;
      }
    },
    'evaluations.mine': ({ limit }) => ({ evaluations: myEvaluations(store, limit) }),
    'evaluations.reply': (reply) => {
      const replied = replyToEvaluation(store, reply);
      if (replied === 'not-yours') auditRefusal(store, { action: 'evaluation.reply-refused', entity: 'evaluation' }, reply.evaluationId);
      if (typeof replied === 'string') return fail({ code: 'evaluation_not_found', evaluationId: reply.evaluationId });
      emit('evaluations.changed', {});
      return replied;
    },
    'evaluations.scores': (query) => evaluationScores(store, query),
    'scorecards.forms.list': () => ({
      forms: scorecardFormVersions(store).map((versions) => ({ slug: versions[0]?.slug ?? '', versions })),
      editAccess: formEditAccess(currentReviewer(store).reviewer.me),
    }),
    'scorecards.forms.save': (draft) => {
      const outcome = saveScorecardForm(store, draft);
      if ('refused' in outcome) return fail({ code: 'scorecard_edit_refused', reason: outcome.refused });
      if ('problems' in outcome) return fail({ code: 'scorecard_form_invalid', problems: outcome.problems });
      if (!outcome.unchanged) emit('scorecards.changed', { slug: outcome.saved.slug });
      return { form: outcome.saved, unchanged: outcome.unchanged };
    },
  };
}
