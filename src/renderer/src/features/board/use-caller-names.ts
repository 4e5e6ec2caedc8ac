import { useEffect, useState } from 'react';
import { looksLikePhoneNumber } from '@shared/domain/phone-number';
import type { CustomerHit } from '@shared/domain/customer';
import { useContract } from '../../ui/contract-context';
import { customerForNumber } from './caller-match';

/** Enough for every caller of a large floor's live calls; beyond it the oldest answers are asked again when needed. */
const rememberedNumbers = 500;

/**
 * The supervisor's own customer cache, asked once per number that is in an
 * agent's call now: who the customer is (null: not a customer this console
 * knows, or not a phone number).
 */
export function useCallerNames(numbers: readonly string[]): ReadonlyMap<string, CustomerHit | null> {
  const contract = useContract();
  const [known, setKnown] = useState<ReadonlyMap<string, CustomerHit | null>>(new Map());
  const wanted = numbers.filter((number) => !known.has(number)).join('\n');

  useEffect(() => {
    if (wanted === '') return;
    let current = true;
    void Promise.all(
      wanted.split('\n').map(async (number): Promise<[string, CustomerHit | null]> => {
        if (!looksLikePhoneNumber(number)) return [number, null];
        const answer = await contract.call('customers.search', { query: number, limit: 5 });
        if (!answer.ok) {
          console.warn(`The board could not look up a caller (${answer.error.code}); the number is shown instead.`);
          return [number, null];
        }
        return [number, customerForNumber(answer.value.hits, number)];
      }),
    ).then((found) => {
      if (!current) return;
      setKnown((before) => {
        const entries = [...before, ...found];
        return new Map(entries.slice(Math.max(0, entries.length - rememberedNumbers)));
      });
    });
    return () => {
      current = false;
    };
  }, [contract, wanted]);
  return known;
}
