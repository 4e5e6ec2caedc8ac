import { createContext, useContext, useEffect, useMemo, useState } from 'react';

/** The parts of Settings that save on their own: each says whether it holds typed changes not saved yet. */
export type SettingsPart = 'settings' | 'phoneAccount' | 'crm';

interface UnsavedChanges {
  report(part: SettingsPart, dirty: boolean): void;
}

export const UnsavedChangesContext = createContext<UnsavedChanges | null>(null);

/** Which parts hold unsaved changes, and the reporter the parts are given: closing Settings never drops them silently. */
export function useUnsavedParts(): { dirtyParts: SettingsPart[]; reporter: UnsavedChanges } {
  const [dirty, setDirty] = useState<ReadonlySet<SettingsPart>>(() => new Set());
  const reporter = useMemo<UnsavedChanges>(
    () => ({
      report: (part, isDirty) =>
        setDirty((current) => {
          if (current.has(part) === isDirty) return current;
          const next = new Set(current);
          if (isDirty) next.add(part);
          else next.delete(part);
          return next;
        }),
    }),
    [],
  );
  return { dirtyParts: [...dirty], reporter };
}

/** A part of Settings says whether it holds typed changes (outside Settings, nobody listens). */
export function useReportUnsaved(part: SettingsPart, dirty: boolean): void {
  const unsaved = useContext(UnsavedChangesContext);
  useEffect(() => {
    unsaved?.report(part, dirty);
    return () => unsaved?.report(part, false);
  }, [unsaved, part, dirty]);
}
