import { z } from 'zod';
import {
  customerHitSchema,
  customerIdSchema,
  customerProfileSchema,
  timelineCursorSchema,
  timelinePageSchema,
} from '../domain/customer';
import { callRecordSchema, callStartSchema } from '../domain/call-record';
import { dialRequestSchema } from '../domain/dial-link';
import { phoneAccountSaveSchema, phoneAccountViewSchema } from '../domain/phone-account';
import { settingsPatchSchema, settingsSchema } from '../domain/settings';

interface MethodSpec<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req;
  response: Res;
}

function method<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): MethodSpec<Req, Res> {
  return { request, response };
}

const noParams = z.object({}).strict();

export const appInfoSchema = z.object({
  version: z.string(),
  shell: z.enum(['electron', 'web']),
  customerCount: z.number().int().nonnegative(),
  demoData: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/**
 * Every call the renderer may make to main. Both shells bind the same
 * handlers to this table; nothing else crosses the boundary.
 */
export const methods = {
  'app.info': method(noParams, appInfoSchema),
  /**
   * Raises the console's window above the others (clicking an incoming-call
   * notification). The browser shell's host cannot raise a browser window: there
   * the page focuses itself, and this call changes nothing.
   */
  'app.bring-to-front': method(noParams, z.object({}).strict()),
  'settings.get': method(noParams, settingsSchema),
  'settings.update': method(settingsPatchSchema, settingsSchema),
  'customers.search': method(
    z
      .object({
        query: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
        limit: z.number().int().min(1).max(50).default(20),
      })
      .strict(),
    z.object({ hits: z.array(customerHitSchema) }),
  ),
  'customers.get': method(z.object({ customerId: customerIdSchema }).strict(), customerProfileSchema),
  'customers.timeline': method(
    z
      .object({
        customerId: customerIdSchema,
        before: timelineCursorSchema.nullable().default(null),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    timelinePageSchema,
  ),
  'phone.account.get': method(noParams, z.object({ account: phoneAccountViewSchema.nullable() })),
  'phone.account.save': method(phoneAccountSaveSchema, phoneAccountViewSchema),
  /** The SIP password, for the renderer's phone to answer digest challenges (WebRTC lives there). */
  'phone.credentials': method(noParams, z.object({ password: z.string() })),
  /** The tel:/sip: link the OS handed over last, once (null when none is waiting). */
  'phone.dial-links.take': method(noParams, z.object({ request: dialRequestSchema.nullable() })),
  /** A call rings or is dialled: it becomes an interaction now; the customers with its number come back for the screen pop. */
  'calls.start': method(callStartSchema, z.object({ interactionId: z.number().int(), customerIds: z.array(customerIdSchema) })),
  /** Every call, answered or not, ends up as an interaction with its outcome, linked to the customer whose number it was. */
  'calls.record': method(callRecordSchema, z.object({ interactionId: z.number().int(), customerId: z.number().int().nullable() })),
  /** The agent said who is calling (a number several customers share, or a customer just created). */
  'calls.link-customer': method(z.object({ interactionId: z.number().int().positive(), customerId: customerIdSchema }).strict(), z.object({})),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (defaults may be omitted). */
export type RequestInput<M extends MethodName> = z.input<Methods[M]['request']>;
/** What a handler receives, after validation filled the defaults. */
export type RequestOf<M extends MethodName> = z.output<Methods[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Methods[M]['response']>;

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}
