import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { watchedTeams, type Roster } from '@shared/domain/roster';
import { trendAudience } from '@shared/domain/trend-scope';
import type { WorkspaceViewProps } from '../ui/workspace-view-props';

/**
 * A view beside the agent's desk (the board, trends…), switched to from the
 * strip under the call bar. Each loads when first opened: the desk's first
 * screen never waits for them. `shownTo` decides from the roster who sees it.
 */
export interface WorkspaceView {
  id: string;
  /** i18n key of the view's name in the strip. */
  labelKey: string;
  shownTo(roster: Roster): boolean;
  View: LazyExoticComponent<ComponentType<WorkspaceViewProps>>;
}

/** The views in the order the strip shows them, after the desk. */
export const workspaceViews: readonly WorkspaceView[] = [
  {
    id: 'board',
    labelKey: 'board.view',
    // Supervisors and admins: whoever watches at least one team.
    shownTo: (roster) => watchedTeams(roster.me, roster.agents).size > 0,
    View: lazy(() => import('../features/board/BoardView').then((module) => ({ default: module.BoardView }))),
  },
  // Everyone the roster knows: supervisors and admins see their teams, an agent their own figures (main enforces it).
  { id: 'trends', labelKey: 'trends.nav', shownTo: (roster) => trendAudience(roster) !== null, View: lazy(() => import('./TrendsWithReview')) },
  // Everyone in the roster: supervisors review their teams' calls, agents read and answer the evaluations of their own.
  { id: 'reviews', labelKey: 'review.title', shownTo: (roster) => roster.me !== null, View: lazy(() => import('../features/call-review/ReviewsView')) },
];
