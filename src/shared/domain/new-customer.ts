import { z } from 'zod';
import { atMost, personNameMaxLength, phoneInputMaxLength } from './field-limits';

const namePart = (what: string) => z.string().trim().min(1, `must give the ${what}`).max(personNameMaxLength, atMost(personNameMaxLength));

/** A caller nobody knew yet, created from the call: their number is kept as it rang. */
export const newCustomerSchema = z
  .object({
    firstName: namePart('first name'),
    lastName: namePart('last name'),
    /** As the phone gave it; stored in E.164 read with the default country. */
    phone: z.string().trim().min(1, 'must not be empty').max(phoneInputMaxLength, atMost(phoneInputMaxLength)),
  })
  .strict();
export type NewCustomer = z.infer<typeof newCustomerSchema>;
