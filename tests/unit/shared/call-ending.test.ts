import { describe, expect, it } from 'vitest';
import { callEndReasons, outcomeFor } from '@shared/domain/call-ending';
import { callOutcomes } from '@shared/domain/customer';
import en from '../../../src/renderer/src/locales/en.json';
import ru from '../../../src/renderer/src/locales/ru.json';
import uk from '../../../src/renderer/src/locales/uk.json';

describe('every ending reason', () => {
  it.each([
    ['en', en],
    ['ru', ru],
    ['uk', uk],
  ])('is told to the agent in %s', (_language, locale) => {
    const told = locale.phone.ending as Record<string, string>;
    expect(callEndReasons.filter((reason) => !told[reason])).toEqual([]);
  });

  it('counts as an outcome the store accepts, in both directions, answered or not', () => {
    for (const reason of callEndReasons) {
      for (const direction of ['inbound', 'outbound'] as const) {
        for (const answered of [true, false]) expect(callOutcomes).toContain(outcomeFor(direction, answered, { reason, code: null }));
      }
    }
  });

  it('an answered call is answered however it ended; an unanswered one is never "missed" when the agent dialled', () => {
    expect(outcomeFor('outbound', true, { reason: 'connection-lost', code: null })).toBe('answered');
    expect(callEndReasons.map((reason) => outcomeFor('outbound', false, { reason, code: null }))).not.toContain('missed');
  });
});
