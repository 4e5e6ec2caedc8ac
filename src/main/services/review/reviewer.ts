import type { Reviewer } from '@shared/review/review-access';
import type { RosterAgent } from '@shared/domain/roster';
import type { Store } from '../../store/connection';
import { readPhoneAccount } from '../phone/phone-account-store';
import { getRoster } from '../roster/roster';

/** This console's user as the review rules see them, with the roster they are judged against. */
export function currentReviewer(store: Store): { reviewer: Reviewer; roster: RosterAgent[] } {
  const { me, agents } = getRoster(store);
  const account = readPhoneAccount(store);
  return { reviewer: { me, ownName: account?.displayName || account?.username || '' }, roster: agents };
}
