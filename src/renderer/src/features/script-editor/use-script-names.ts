import { useMemo } from 'react';
import { localText } from '@shared/scripts/local-text';
import type { ScriptBody } from '@shared/scripts/script-schema';
import { stepNames } from '@shared/scripts/step-title';
import { useUiLanguage } from '../../ui/use-ui-language';
import type { ScriptNames } from './issue-sentence';

/** The script's steps and sections by their titles in the console's language (the script's own languages when it lacks that one). */
export function useScriptNames(body: ScriptBody | null): ScriptNames {
  const language = useUiLanguage();
  return useMemo(() => {
    const steps = body ? stepNames(body, language) : new Map();
    const sections = new Map(body?.sections.map((section) => [section.id, localText(section.title, language)]));
    return { step: (id) => steps.get(id), section: (id) => sections.get(id) };
  }, [body, language]);
}
