import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { boundaryErrorCodes, type ContractError } from '@shared/contract/error';
import * as errorKinds from '@shared/contract/error-kinds';
import { methodNames, methods } from '@shared/contract/methods';
import { supportedLanguages } from '@shared/domain/language';
import { contractErrorText } from '../../../src/renderer/src/ui/contract-error-text';
import en from '../../../src/renderer/src/locales/en.json';
import ru from '../../../src/renderer/src/locales/ru.json';
import uk from '../../../src/renderer/src/locales/uk.json';

type Tree = { [key: string]: string | Tree };
const locales: Record<(typeof supportedLanguages)[number], Tree> = { en, ru, uk };

function lookUp(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** One error of the kind for every value its enums allow, with plain values for its other details. */
function samples(kind: z.ZodObject): ContractError[] {
  let errors: Record<string, unknown>[] = [{}];
  for (const [name, field] of Object.entries(kind.shape)) {
    const values =
      field instanceof z.ZodLiteral
        ? [field.value]
        : field instanceof z.ZodEnum
          ? field.options
          : field instanceof z.ZodNumber
            ? [42]
            : field instanceof z.ZodArray
              ? [[]]
              : ['sample'];
    errors = errors.flatMap((error) => values.map((value) => ({ ...error, [name]: value })));
  }
  return errors.map((error) => kind.parse(error) as ContractError);
}

/** Said in every language, naming every detail its text asks for. */
function expectTranslated(error: ContractError): void {
  const { key, values } = contractErrorText(error);
  for (const language of supportedLanguages) {
    const text = lookUp(locales[language], key);
    expect(text, `${language}: ${key}`).toBeTypeOf('string');
    for (const [, placeholder] of text?.matchAll(/\{\{(\w+)\}\}/g) ?? []) expect(values, `${language}: ${key} names {{${placeholder}}}`).toHaveProperty(placeholder ?? '');
  }
}

describe('every error the console can be answered is said in English, Russian and Ukrainian', () => {
  it.each(boundaryErrorCodes)('%s, which any method may answer', (code) => {
    expectTranslated({ code, message: 'for the log' });
  });

  it('a text over its length limit, naming the limit', () => {
    const tooLong = { field: 'note', message: 'Too big', problem: 'too_big', limit: 20_000 };
    expect(contractErrorText({ code: 'invalid_request', message: '', field: 'note', issues: [tooLong] }).key).toBe('errors.too_long');
    expectTranslated({ code: 'invalid_request', message: '', field: 'note', issues: [tooLong] });
  });

  it('the page knows every kind a method declares, and no kind that none declares', () => {
    // The page reads the kinds from their own module so as not to build every method's schema at start-up.
    const declaredByMethods = new Set(methodNames.flatMap((method) => methods[method].errors.map((kind) => kind.shape.code.value)));
    const knownToPage = new Set(Object.values(errorKinds).map((kind) => kind.shape.code.value));
    expect([...knownToPage].sort()).toEqual([...declaredByMethods].sort());
  });

  const declared = methodNames.flatMap((method) => methods[method].errors.map((kind) => [method, kind.shape.code.value, kind] as const));
  it.each(declared)('%s: %s', (_method, _code, kind) => {
    for (const error of samples(kind)) {
      expect(contractErrorText(error).key).not.toBe('errors.internal');
      expectTranslated(error);
    }
  });
});
