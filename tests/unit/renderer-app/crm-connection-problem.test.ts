import { expect, it } from 'vitest';
import { crmConnectionSaveSchema } from '@shared/domain/crm-connection';
import { crmConnectionProblemKey } from '../../../src/renderer/src/features/crm-connection/crm-connection-problem';

const problemOf = (request: unknown) => {
  const parsed = crmConnectionSaveSchema.safeParse(request);
  return parsed.success ? null : crmConnectionProblemKey(parsed.error);
};

it('the IT admin is told what is wrong with the CRM address or token, specifically', () => {
  expect(problemOf({ url: 'crm.example.com/parley' })).toBe('crm.problem.urlScheme');
  expect(problemOf({ url: 'ftp://crm.example.com' })).toBe('crm.problem.urlScheme');
  expect(problemOf({ url: 'https://crm example.com' })).toBe('crm.problem.urlScheme');
  expect(problemOf({ url: `https://crm.example.com/${'a'.repeat(2000)}` })).toBe('crm.problem.urlTooLong');
  expect(problemOf({ url: 'https://crm.example.com', token: 'x'.repeat(5000) })).toBe('crm.problem.tokenTooLong');
  expect(problemOf({ url: 'http://127.0.0.1:8080/parley', token: 'secret' })).toBeNull();
  expect(problemOf({ url: '' })).toBeNull();
});
