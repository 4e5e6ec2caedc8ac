import { z } from 'zod';
import { customerTiers, promiseOwnerTypes } from './customer';
import { agentNameMaxLength } from './field-limits';
import { localizedLabelSchema, supportedLanguages } from './language';

/**
 * Trends over the calls in the console's cache (issue 14). Days are UTC days
 * written `YYYY-MM-DD`; a period is inclusive at both ends. What each measure
 * counts is defined once, in the fact views of migration 0014
 * (src/main/store/migrations/0014_trend_rollups.sql), and summed from daily
 * rollups; README ("Trends") says it in words.
 */

export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD').refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), 'must be a real day');
export type IsoDay = z.infer<typeof isoDaySchema>;

const dayMs = 86_400_000;
/** The UTC day number (days since 1970-01-01) the rollups are keyed by. */
export function dayNumber(day: IsoDay): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / dayMs);
}
export function isoDay(dayNumberValue: number): IsoDay {
  return new Date(dayNumberValue * dayMs).toISOString().slice(0, 10);
}
/** The Monday of the week a day falls in (1970-01-01 was a Thursday). */
export function weekStart(dayNumberValue: number): number {
  return Math.floor((dayNumberValue + 3) / 7) * 7 - 3;
}

/** A year and a bit: the longest period a trend covers (a 365-day view with its weeks' edges). */
export const longestTrendPeriodDays = 400;

export const trendBuckets = ['day', 'week'] as const;
export type TrendBucket = (typeof trendBuckets)[number];

const filterList = <T extends z.ZodTypeAny>(item: T) => z.array(item).max(200, 'must name at most 200');
const name = z.string().trim().min(1).max(agentNameMaxLength);

/** Empty lists mean "all" (within what the user may see). */
export const trendFiltersSchema = z
  .object({
    teams: filterList(name),
    agents: filterList(name),
    /** The numbers incoming calls dialled. */
    queues: filterList(z.string().trim().min(1).max(64)),
    tiers: filterList(z.enum(customerTiers)),
    languages: filterList(z.enum(supportedLanguages)),
  })
  .strict();
export type TrendFilters = z.infer<typeof trendFiltersSchema>;
export const noTrendFilters: TrendFilters = { teams: [], agents: [], queues: [], tiers: [], languages: [] };

export const trendQuerySchema = z
  .object({ from: isoDaySchema, to: isoDaySchema, bucket: z.enum(trendBuckets), filters: trendFiltersSchema })
  .strict()
  .refine((query) => dayNumber(query.from) <= dayNumber(query.to), { message: 'must not end before it starts', path: ['to'] })
  .refine((query) => dayNumber(query.to) - dayNumber(query.from) < longestTrendPeriodDays, {
    message: `must span at most ${longestTrendPeriodDays} days`,
    path: ['to'],
  });
export type TrendQuery = z.infer<typeof trendQuerySchema>;

/** A point on a trend's axis: one day, or one week cut to the period. */
export const trendBucketRangeSchema = z.object({ from: isoDaySchema, to: isoDaySchema });
export type TrendBucketRange = z.infer<typeof trendBucketRangeSchema>;

const count = z.number().int();

/** The call measures of one bucket (or one agent over the period); migration 0014 defines each. */
export const callMeasuresSchema = z.object({
  calls: count,
  inbound: count,
  answered: count,
  missed: count,
  abandoned: count,
  /** Sum of answered → ended over the `handled` calls. */
  handleMs: count,
  handled: count,
  /** Sum of ended → wrap-up saved over the `wrappedUp` calls. */
  wrapUpMs: count,
  wrappedUp: count,
  repeatContacts: count,
  wantedWritten: count,
  mismatches: count,
});
export type CallMeasures = z.infer<typeof callMeasuresSchema>;
export const callMeasureKeys = Object.keys(callMeasuresSchema.shape) as (keyof CallMeasures)[];

export const codeSeriesSchema = z.object({
  code: z.string(),
  /** The code's label in every language; the code itself when the list no longer has it. */
  label: localizedLabelSchema,
  /** Calls with this code, per bucket. */
  counts: z.array(count),
});
export type CodeSeries = z.infer<typeof codeSeriesSchema>;

/** Promises made in a bucket, by where they stand now. */
export const promiseMeasuresSchema = z.object({ made: count, kept: count, broken: count, cancelled: count, open: count, overdue: count });
export type PromiseMeasures = z.infer<typeof promiseMeasuresSchema>;

export const promiseOwnerRowSchema = promiseMeasuresSchema.extend({ ownerType: z.enum(promiseOwnerTypes), ownerName: z.string() });
/** Promises made by a team's agents (`team` null: by agents the roster does not place, or outside a call). */
export const promiseTeamRowSchema = promiseMeasuresSchema.extend({ team: z.string().nullable() });

export const agentRowSchema = callMeasuresSchema.extend({ agent: z.string(), team: z.string().nullable() });
export type AgentRow = z.infer<typeof agentRowSchema>;

export const rootCauseSpikeSchema = z.object({
  code: z.string(),
  label: localizedLabelSchema,
  /** Monday of the week flagged (the week the period ends in). */
  week: isoDaySchema,
  calls: count,
  /** Share of the week's answered calls, 0–1. */
  share: z.number(),
  /** Mean share over the weeks before it. */
  usualShare: z.number(),
});
export type RootCauseSpike = z.infer<typeof rootCauseSpikeSchema>;

export const trendReportSchema = z.object({
  buckets: z.array(trendBucketRangeSchema),
  calls: z.array(callMeasuresSchema),
  dispositions: z.array(codeSeriesSchema),
  rootCauses: z.array(codeSeriesSchema),
  promises: z.array(promiseMeasuresSchema),
  promiseOwners: z.array(promiseOwnerRowSchema),
  promiseTeams: z.array(promiseTeamRowSchema),
  agents: z.array(agentRowSchema),
  spikes: z.array(rootCauseSpikeSchema),
  /** What this user may filter by: the teams and agents they see, and the queues the period's calls dialled. */
  scope: z.object({ ownOnly: z.boolean(), teams: z.array(z.string()), agents: z.array(z.string()), queues: z.array(z.string()) }),
});
export type TrendReport = z.infer<typeof trendReportSchema>;

/** What a click on a chart picked: the calls behind one bar or point. */
export const trendSelectionSchema = z.discriminatedUnion('measure', [
  z.object({ measure: z.enum(['calls', 'answered', 'missed', 'abandoned', 'repeat-contacts', 'mismatches']) }).strict(),
  z.object({ measure: z.enum(['disposition', 'root-cause']), code: z.string().min(1).max(64) }).strict(),
  z
    .object({
      measure: z.literal('promises'),
      /** `overdue`: open past due now; `pending`: open and not yet due. */
      status: z.enum(['made', 'kept', 'broken', 'cancelled', 'open', 'overdue', 'pending']),
      /** Only the promises this owner keeps. */
      owner: z.string().max(agentNameMaxLength).optional(),
    })
    .strict(),
]);
export type TrendSelection = z.infer<typeof trendSelectionSchema>;

export const trendCallsQuerySchema = z
  .object({ filters: trendFiltersSchema, from: isoDaySchema, to: isoDaySchema, selection: trendSelectionSchema })
  .strict()
  .refine((query) => dayNumber(query.from) <= dayNumber(query.to), { message: 'must not end before it starts', path: ['to'] })
  .refine((query) => dayNumber(query.to) - dayNumber(query.from) < longestTrendPeriodDays, { message: `must span at most ${longestTrendPeriodDays} days`, path: ['to'] });
export type TrendCallsQuery = z.infer<typeof trendCallsQuerySchema>;

export const trendCallSchema = z.object({
  interactionId: z.number().int(),
  startedAt: z.number().int(),
  direction: z.enum(['inbound', 'outbound']),
  agent: z.string().nullable(),
  customerId: z.number().int().nullable(),
  customerName: z.string().nullable(),
  /** The customer's number: the caller's for an incoming call, the one dialled for an outgoing one. */
  remote: z.string(),
  outcome: z.string().nullable(),
  dispositionCode: z.string().nullable(),
  handleMs: z.number().int().nullable(),
});
export type TrendCall = z.infer<typeof trendCallSchema>;

/** The newest calls behind a selection, and how many there are in all. */
export const trendCallsSchema = z.object({ calls: z.array(trendCallSchema), total: count });
export const trendCallsShown = 200;
