import { z } from 'zod';
import { agentNameMaxLength } from './field-limits';

const epochMs = z.number().int().nonnegative();

/** The most agents one board asks about at once (a supervisor watches 10–40; an admin every team). */
export const boardMaxAgents = 500;

/**
 * The board's figures for these agents (by display name: calls and promises
 * are stored under it) over the supervisor's local day, which the page says
 * (it knows the time zone), and overdue as of the page's `now`.
 */
export const agentStatsQuerySchema = z
  .object({
    agents: z.array(z.string().min(1).max(agentNameMaxLength)).max(boardMaxAgents),
    day: z
      .object({ from: epochMs, to: epochMs })
      .strict()
      .refine((day) => day.to > day.from, { message: 'must end after it starts', path: ['to'] }),
    now: epochMs,
  })
  .strict();
export type AgentStatsQuery = z.input<typeof agentStatsQuerySchema>;

export const agentStatsSchema = z.object({
  agent: z.string(),
  /** Calls answered today, either way. */
  handled: z.number().int().nonnegative(),
  /** Talk time plus wrap-up, averaged over today's answered calls; null without any. */
  averageHandleSeconds: z.number().int().nonnegative().nullable(),
  /** Wrap-up's share of today's handle time, 0–1; null without any handled call. */
  wrapUpShare: z.number().min(0).max(1).nullable(),
  /** Open promises this agent owns whose due time has passed. */
  overduePromises: z.number().int().nonnegative(),
});
export type AgentStats = z.infer<typeof agentStatsSchema>;

/** Wrap-up's share of the handle time: the wrap-up seconds over talk plus wrap-up. */
export function wrapUpShareOf(day: { handled: number; averageHandleSeconds: number | null; wrapUpSeconds: number }): number | null {
  if (day.handled === 0 || day.averageHandleSeconds === null) return null;
  const handleSeconds = day.averageHandleSeconds * day.handled;
  if (handleSeconds <= 0) return 0;
  return Math.min(1, day.wrapUpSeconds / handleSeconds);
}
