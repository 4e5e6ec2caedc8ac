import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { boundaryErrorCodes, type ContractError } from '@shared/contract/error';
import * as errorKinds from '@shared/contract/error-kinds';

export interface ErrorText {
  /** A key under `errors` in the locales. */
  key: string;
  /** The error's details, for the text to name (`{{phone}}`, `{{limit}}`). */
  values: Record<string, string | number>;
}

/**
 * Every kind of refusal, by code. From the kinds' own module rather than the
 * methods that declare them: the page then builds no method's schemas at
 * start-up. (A test holds the two lists equal.)
 */
const declaredKinds: ReadonlyMap<string, (typeof errorKinds)[keyof typeof errorKinds]> = new Map(Object.values(errorKinds).map((kind) => [kind.shape.code.value, kind] as const));

/** Kinds said with one text per value of one detail (`errors.<code>.<value>`), not one text naming it. */
const textPerDetail: Readonly<Record<string, string>> = {
  crm_address_refused: 'problem',
  crm_unavailable: 'problem',
  supervision_grant_refused: 'reason',
  scorecard_edit_refused: 'reason',
};

function isBoundary(error: ContractError): error is Extract<ContractError, { message: string }> {
  return (boundaryErrorCodes as readonly string[]).includes(error.code);
}

/**
 * The one place that turns a contract error into words: a boundary error by
 * its code (a text that broke a length limit says the limit), a method's
 * refusal by its kind and details. Never main's message.
 */
export function contractErrorText(error: ContractError): ErrorText {
  if (isBoundary(error)) {
    const issue = error.issues?.[0];
    if (error.code === 'invalid_request' && issue?.problem === 'too_big' && issue.limit !== undefined) return { key: 'errors.too_long', values: { limit: issue.limit } };
    return { key: `errors.${error.code}`, values: {} };
  }
  const kind = declaredKinds.get(error.code)?.safeParse(error);
  // A kind this page does not know (a newer main): say something went wrong rather than nothing.
  if (!kind?.success) return { key: 'errors.internal', values: {} };
  const { code, ...details } = kind.data as { code: string } & Record<string, string | number>;
  const detailNamingText = textPerDetail[code];
  if (detailNamingText !== undefined) return { key: `errors.${code}.${details[detailNamingText]}`, values: {} };
  // Said with the rest of policy's words (the `policy` group of the locales).
  if (code === 'setting_locked') return { key: 'policy.lockedError', values: { policyKey: details.policyKey ?? '' } };
  // Said with the rest of the trends' words (the `trends` group).
  if (code === 'trends_refused') return { key: `trends.refused.${details.reason}`, values: { name: details.name ?? '' } };
  // Lists (a refused form's problems) are shown where they belong, not named in the sentence.
  const named = Object.fromEntries(Object.entries(details).filter(([, value]) => typeof value === 'string' || typeof value === 'number'));
  return { key: `errors.${code}`, values: named };
}

/** `contractErrorText` in the agent's language. */
export function useContractErrorText(): (error: ContractError) => string {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      const { key, values } = contractErrorText(error);
      return t(key, values);
    },
    [t],
  );
}
