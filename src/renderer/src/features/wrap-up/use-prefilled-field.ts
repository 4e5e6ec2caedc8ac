import { useEffect, useRef } from 'react';
import type { CapturedAnswer } from '@shared/domain/captured-answer';
import type { WrapUpFieldFedByScript } from '@shared/domain/wrap-up-fields';

/**
 * A wrap-up field the call's script fills in advance ("what the customer
 * wanted", "what we offered"): it follows the script's answer as the agent
 * captures it, until the agent writes something of their own in it. The
 * field's value lives in the wrap-up draft, so a draft brought back after a
 * restart keeps what the agent wrote.
 */
export function usePrefilledField(answers: readonly CapturedAnswer[], field: WrapUpFieldFedByScript, value: string, set: (value: string) => void): void {
  const fed = answers.find((answer) => answer.wrapUp === field)?.shown ?? '';
  // An empty field counts as following the script: the first answer fills it.
  const lastFed = useRef('');
  useEffect(() => {
    if (fed === lastFed.current) return;
    if (value === lastFed.current) set(fed);
    lastFed.current = fed;
  }, [fed, value, set]);
}
