import { useTranslation } from 'react-i18next';
import type { CallReview } from '@shared/domain/call-review';
import type { Language } from '@shared/domain/language';
import type { CodeOption } from '@shared/domain/wrap-up';
import { formatDateTime, formatDuration } from '../../ui/format';
import { usePhoneFormat } from '../../ui/phone-format';
import { useUiLanguage } from '../../ui/use-ui-language';
import { useWrapUpCodes } from '../wrap-up/use-wrap-up-codes';

function codeLabel(codes: readonly CodeOption[], code: string, language: Language): string {
  return codes.find((candidate) => candidate.code === code)?.label[language] ?? code;
}

/** Who, when, how long and how it ended. */
export function CallFacts({ call }: { call: CallReview['call'] }) {
  const formatPhone = usePhoneFormat();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const talked = call.answeredAt !== null && call.endedAt !== null ? Math.round((call.endedAt - call.answeredAt) / 1000) : null;
  return (
    <dl className="call-review__facts" data-testid="review-facts">
      <dt>{t('review.facts.when')}</dt>
      <dd>{formatDateTime(call.startedAt, language)}</dd>
      <dt>{t('review.facts.agent')}</dt>
      <dd data-testid="review-agent">{call.agent ?? '—'}</dd>
      <dt>{t('review.facts.customer')}</dt>
      <dd>{call.customer?.displayName ?? formatPhone(call.direction === 'inbound' ? call.fromNumber : call.toNumber)}</dd>
      <dt>{t('review.facts.outcome')}</dt>
      <dd>
        {call.outcome ? t(`call.outcome.${call.outcome}`) : '—'}
        {talked !== null && ` · ${formatDuration(talked)}`}
      </dd>
    </dl>
  );
}

/** The script's path: what was answered at each step, and the checkpoints left unticked. */
export function ScriptPath({ run }: { run: CallReview['scriptRun'] }) {
  const { t } = useTranslation();
  if (!run) return <p className="call-review__empty">{t('review.script.none')}</p>;
  return (
    <div data-testid="review-script">
      <p>{t('review.script.title', { title: run.title, version: run.version })}</p>
      <ol className="call-review__answers">
        {run.answers.map((answer) => (
          <li key={answer.stepId}>
            {answer.label}: <strong>{answer.shown}</strong>
          </li>
        ))}
      </ol>
      {run.missedCheckpoints.length > 0 && (
        <p className="call-review__missed" data-testid="review-missed">
          {t('review.script.missed', { list: run.missedCheckpoints.map((missed) => missed.label).join('; ') })}
        </p>
      )}
    </div>
  );
}

/** Disposition, root causes, and what the customer wanted beside what was offered. */
export function WrapUpSummary({ wrapUp }: { wrapUp: CallReview['wrapUp'] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const codes = useWrapUpCodes();
  return (
    <dl className="call-review__facts" data-testid="review-wrap-up">
      <dt>{t('review.wrapUp.disposition')}</dt>
      <dd>{wrapUp.dispositionCode ? codeLabel(codes.dispositions, wrapUp.dispositionCode, language) : '—'}</dd>
      <dt>{t('review.wrapUp.rootCauses')}</dt>
      <dd>{wrapUp.rootCauses.length > 0 ? wrapUp.rootCauses.map((code) => codeLabel(codes.rootCauses, code, language)).join(', ') : '—'}</dd>
      <dt>{t('review.wrapUp.wanted')}</dt>
      <dd>{wrapUp.customerWanted || '—'}</dd>
      <dt>{t('review.wrapUp.offered')}</dt>
      <dd>{wrapUp.weOffered || '—'}</dd>
    </dl>
  );
}

/** The call's notes, and its promises with what became of them. */
export function NotesAndPromises({ review }: { review: CallReview }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <div data-testid="review-notes">
      {review.notes.length === 0 && review.promises.length === 0 && <p className="call-review__empty">{t('review.notes.none')}</p>}
      {review.notes.map((note) => (
        <p key={note.id} className="call-review__note">
          {note.body} <span className="call-review__by">— {note.author}</span>
        </p>
      ))}
      <ul className="call-review__promises">
        {review.promises.map((promise) => (
          <li key={promise.id} data-status={promise.status}>
            {promise.description} · {promise.ownerName} · {formatDateTime(promise.dueAt, language)} · <strong>{t(`review.promise.${promise.status}`)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The whole call's quality, as the phone summed it up at the end. */
export function QualityFigures({ quality }: { quality: CallReview['quality'] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (!quality) return <p className="call-review__empty">{t('review.quality.none')}</p>;
  const number = (value: number | null, digits: number) =>
    value === null ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  return (
    <dl className="call-review__facts call-review__quality" data-testid="review-quality">
      <dt>{t('review.quality.mos')}</dt>
      <dd>{number(quality.mos, 2)}</dd>
      <dt>{t('review.quality.loss')}</dt>
      <dd>{t('review.quality.percent', { value: number(quality.lossPercent, 1) })}</dd>
      <dt>{t('review.quality.jitter')}</dt>
      <dd>{t('review.quality.ms', { value: number(quality.jitterMs, 0) })}</dd>
      <dt>{t('review.quality.silence')}</dt>
      <dd>{quality.longestNoAudioSeconds === null ? '—' : t('review.quality.seconds', { value: quality.longestNoAudioSeconds })}</dd>
    </dl>
  );
}
