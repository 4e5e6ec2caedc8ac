import type { WrapUpCodes } from '@shared/domain/wrap-up';
import type { Store } from '../../store/connection';
import { activeCodes } from '../../store/queries/wrap-up';

/** The configurable lists a wrap-up picks from: active codes only, in the order the list gives. */
export function listWrapUpCodes(store: Store): WrapUpCodes {
  return { dispositions: activeCodes(store, 'disposition'), rootCauses: activeCodes(store, 'root-cause') };
}
