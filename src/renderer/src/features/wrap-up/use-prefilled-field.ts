import { useState } from 'react';
import type { CapturedAnswer } from '@shared/scripts/captured-answer';
import type { WrapUpFieldFedByScript } from '@shared/scripts/wrap-up-fields';

/**
 * A wrap-up field the call's script fills in advance ("what the customer
 * wanted", "what we offered"): it follows the script's answer as the agent
 * captures it, until the agent writes something of their own in it.
 */
export function usePrefilledField(answers: readonly CapturedAnswer[], field: WrapUpFieldFedByScript): [string, (value: string) => void] {
  const fed = answers.find((answer) => answer.wrapUp === field)?.shown ?? '';
  const [value, setValue] = useState(fed);
  const [lastFed, setLastFed] = useState(fed);
  if (fed !== lastFed) {
    if (value === lastFed) setValue(fed);
    setLastFed(fed);
  }
  return [value, setValue];
}
