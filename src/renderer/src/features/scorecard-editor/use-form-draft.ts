import { useMemo, useState } from 'react';
import type { ScorecardFormDraft } from '@shared/scorecards/scorecard-form-draft';
import { checkScorecardForm } from '@shared/scorecards/scorecard-form-problems';

/**
 * The supervisor's unsaved form, on top of the version it started from
 * (`base`: `<slug>@<version>`, or `new`). It stays exactly as typed — an
 * emptied text, a weight that is not a number — checked on every change by
 * the rules main applies on save, until it is saved or another form is
 * chosen. `selected` is the question open in the editor.
 */
export function useFormDraft(base: string | null, saved: ScorecardFormDraft | null) {
  const [edit, setEdit] = useState<{ base: string; draft: ScorecardFormDraft } | null>(null);
  const [selection, setSelection] = useState<{ base: string; index: number } | null>(null);
  const edited = edit !== null && edit.base === base;
  const draft = edited ? edit.draft : saved;
  const checked = useMemo(() => (draft === null ? null : checkScorecardForm(draft)), [draft]);
  const chosen = selection !== null && selection.base === base ? selection.index : 0;
  return {
    draft,
    problems: checked !== null && !checked.ok ? checked.problems : [],
    ok: checked?.ok === true,
    edited,
    selected: draft !== null && chosen < draft.questions.length ? chosen : null,
    change: (next: ScorecardFormDraft) => base !== null && setEdit({ base, draft: next }),
    select: (index: number) => base !== null && setSelection({ base, index }),
  };
}
