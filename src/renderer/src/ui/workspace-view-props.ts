import type { Roster } from '@shared/domain/roster';

/**
 * What every view beside the desk is given. Kept here, not in app/, so that
 * a feature's view can name it without importing the composition root (which
 * lazily imports the views: a cycle).
 */
export interface WorkspaceViewProps {
  roster: Roster;
  /** Opens a customer on the agent's desk (and switches to it). */
  onOpenCustomer(customerId: number): void;
}
