import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from '@shared/contract/dispatcher';
import { fail } from '@shared/contract/error';
import { methodNames } from '@shared/contract/methods';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  const unused = () => {
    throw new Error('not used in this test');
  };
  const base = Object.fromEntries(methodNames.map((name) => [name, vi.fn(unused)])) as unknown as Handlers;
  return { ...base, ...overrides };
}

const hit = { id: 7, displayName: 'Ольга Коваленко', company: null, tier: 'vip' as const, phone: '+380501234567', email: null };

describe('the contract at the boundary', () => {
  it('passes a valid request to its handler with defaults filled in', async () => {
    const search = vi.fn(() => ({ hits: [hit] }));
    const dispatch = createDispatcher(handlersWith({ 'customers.search': search }), vi.fn());
    const result = await dispatch('customers.search', { query: '  Оль ' });
    expect(result).toEqual({ ok: true, value: { hits: [hit] } });
    expect(search).toHaveBeenCalledWith({ query: 'Оль', limit: 20 });
  });

  it.each([
    ['a number where text belongs', { query: 42 }, 'query'],
    ['an empty query', { query: '   ' }, 'query'],
    ['a limit out of range', { query: 'a', limit: 5000 }, 'limit'],
    ['a field the contract does not know', { query: 'a', sql: 'DROP TABLE customers' }, '(root)'],
    ['no object at all', 'customers', '(root)'],
  ])('rejects %s with an error naming the field, and the handler never runs', async (_case, params, field) => {
    const search = vi.fn(() => ({ hits: [] }));
    const dispatch = createDispatcher(handlersWith({ 'customers.search': search }), vi.fn());
    const result = await dispatch('customers.search', params);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_request');
    expect(result.error.field).toBe(field);
    expect(result.error.message).toContain(`"${field}"`);
    expect(search).not.toHaveBeenCalled();
  });

  it('names the nested field of a bad cursor', async () => {
    const dispatch = createDispatcher(handlersWith({}), vi.fn());
    const result = await dispatch('customers.timeline', { customerId: 1, before: { at: 5, kind: 'email', id: 1 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request', field: 'before.kind' } });
  });

  it('answers an unknown method without running anything', async () => {
    const dispatch = createDispatcher(handlersWith({}), vi.fn());
    expect(await dispatch('customers.delete', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('passes a handler error value through as it is', async () => {
    const dispatch = createDispatcher(handlersWith({ 'customers.get': () => fail({ code: 'customer_not_found', customerId: 9 }) }), vi.fn());
    expect(await dispatch('customers.get', { customerId: 9 })).toEqual({ ok: false, error: { code: 'customer_not_found', customerId: 9 } });
  });

  it('answers an error kind the method does not declare as internal: it is a bug, not a refusal the UI can word', async () => {
    const onInternalError = vi.fn();
    const undeclared = fail({ code: 'call_not_found', interactionId: 9 }) as never;
    const dispatch = createDispatcher(handlersWith({ 'customers.get': () => undeclared }), onInternalError);
    expect(await dispatch('customers.get', { customerId: 9 })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('refuses to send a response that breaks the contract', async () => {
    const broken = { hits: [{ ...hit, tier: 'platinum' }] } as never;
    const dispatch = createDispatcher(handlersWith({ 'customers.search': () => broken }), vi.fn());
    expect(await dispatch('customers.search', { query: 'a' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_response', field: 'hits.0.tier' },
    });
  });

  it('reports a crashing handler as internal without leaking its message to the renderer', async () => {
    const onInternalError = vi.fn();
    const dispatch = createDispatcher(
      handlersWith({
        'settings.get': () => {
          throw new Error('SQLITE_CORRUPT: secret detail');
        },
      }),
      onInternalError,
    );
    const result = await dispatch('settings.get', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'settings.get failed unexpectedly' } });
    expect(onInternalError).toHaveBeenCalledWith('settings.get', expect.any(Error));
  });
});
