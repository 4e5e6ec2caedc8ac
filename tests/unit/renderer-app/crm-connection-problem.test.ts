import { describe, expect, it } from 'vitest';
import { crmConnectionProblem } from '@shared/contract/crm-connection-problem';
import { crmConnectionSaveSchema } from '@shared/domain/crm-connection';
import { phoneAccountSaveSchema } from '@shared/domain/phone-account';
import { contractErrorText } from '../../../src/renderer/src/ui/contract-error-text';

/** What sync.connection.save answers for what IT typed, as the console words it (null: saved). */
const problemOf = (request: unknown) => {
  const problem = crmConnectionProblem(crmConnectionSaveSchema.parse(request));
  return problem === null ? null : contractErrorText(problem).key;
};

it('the IT admin is told what is wrong with the CRM address or token, specifically', () => {
  expect(problemOf({ url: 'crm.example.com/parley' })).toBe('errors.crm_address_refused.scheme');
  expect(problemOf({ url: 'ftp://crm.example.com' })).toBe('errors.crm_address_refused.scheme');
  expect(problemOf({ url: 'https://crm example.com' })).toBe('errors.crm_address_refused.scheme');
  expect(problemOf({ url: `https://crm.example.com/${'a'.repeat(2000)}` })).toBe('errors.crm_url_too_long');
  expect(problemOf({ url: 'https://crm.example.com', token: 'x'.repeat(5000) })).toBe('errors.crm_token_too_long');
  expect(problemOf({ url: 'http://127.0.0.1:8080/parley', token: 'secret' })).toBeNull();
  expect(problemOf({ url: 'http://crm.example.com/parley' })).toBe('errors.crm_address_refused.insecure');
  expect(problemOf({ url: '' })).toBeNull();
});

describe('what a CRM or SIP address may be', () => {
  const crmProblem = (url: string) => problemOf({ url });

  it('plain http:// only to this computer', () => {
    for (const url of ['http://127.0.0.1:8080/parley', 'http://127.8.9.10/parley', 'http://localhost:3000', 'http://[::1]:8080/x', 'https://crm.example.com']) {
      expect(crmProblem(url), url).toBeNull();
    }
    for (const url of ['http://crm.example.com/parley', 'http://10.0.0.5/parley', 'http://127.0.0.1.evil.example/', 'http://[::2]/']) {
      expect(crmProblem(url), url).toBe('errors.crm_address_refused.insecure');
    }
  });

  it('no user name or password inside the address, for the CRM and the SIP server', () => {
    expect(crmProblem('https://it:hunter2@crm.example.com/parley')).toBe('errors.crm_address_refused.credentials');
    expect(crmProblem('https://it@crm.example.com/parley')).toBe('errors.crm_address_refused.credentials');
    const sip = phoneAccountSaveSchema.safeParse({ server: 'wss://anna:pw@sip.example.com/ws', username: 'anna', domain: 'example.com', displayName: '' });
    expect(sip.error?.issues[0]).toMatchObject({ path: ['server'], params: { problem: 'credentials' } });
  });

  it('other schemes are refused as such', () => {
    expect(crmProblem('ftp://crm.example.com')).toBe('errors.crm_address_refused.scheme');
    expect(crmProblem('javascript:alert(1)')).toBe('errors.crm_address_refused.scheme');
  });
});
