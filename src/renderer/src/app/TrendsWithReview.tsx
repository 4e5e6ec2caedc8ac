import { useState } from 'react';
import { CallReviewDrawer } from '../features/call-review/CallReviewDrawer';
import { EvaluationScoresCharts } from '../features/call-review/EvaluationScoresCharts';
import TrendsView from '../features/trends/TrendsView';
import type { WorkspaceViewProps } from '../ui/workspace-view-props';

/** The start of a `YYYY-MM-DD` day (or of a day after it) on this computer's clock, as trends' periods are days here; a DST day keeps its length. */
function localDayStart(day: string, daysAfter = 0): number {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date + daysAfter).getTime();
}

/** Trends whose list of calls opens a call's review (and scorecard) over the charts, instead of only its customer, with the evaluation scores after its charts. */
export default function TrendsWithReview(props: WorkspaceViewProps) {
  const [reviewed, setReviewed] = useState<number | null>(null);
  return (
    <>
      <TrendsView
        {...props}
        onOpenCall={setReviewed}
        moreCharts={({ from, to, team }) => <EvaluationScoresCharts from={localDayStart(from)} to={localDayStart(to, 1)} team={team} />}
      />
      <CallReviewDrawer interactionId={reviewed} onClose={() => setReviewed(null)} />
    </>
  );
}
