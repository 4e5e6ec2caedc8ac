import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Verdict = 'checking' | 'pass' | 'fail';

const marks = { checking: '…', pass: '✓', fail: '✗' } as const;

/** One line of the readiness check: what is checked, whether it passed, and why. */
export function CheckLine({ title, verdict, detail, testId, children }: { title: string; verdict: Verdict; detail: string; testId: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className={`check-line check-line--${verdict}`} data-testid={testId} data-verdict={verdict}>
      <span className="check-line__mark" aria-hidden="true">
        {marks[verdict]}
      </span>
      <div className="check-line__body">
        <strong>
          {title}
          <span className="visually-hidden"> — {t(`readiness.verdict.${verdict}`)}</span>
        </strong>
        <span className="check-line__detail" data-testid={`${testId}-detail`}>
          {detail}
        </span>
        {children}
      </div>
    </li>
  );
}
