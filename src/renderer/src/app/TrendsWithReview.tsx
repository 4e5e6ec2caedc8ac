import { useState } from 'react';
import { CallReviewDrawer } from '../features/call-review/CallReviewDrawer';
import TrendsView from '../features/trends/TrendsView';
import type { WorkspaceViewProps } from '../ui/workspace-view-props';

/** Trends whose list of calls opens a call's review (and scorecard) over the charts, instead of only its customer. */
export default function TrendsWithReview(props: WorkspaceViewProps) {
  const [reviewed, setReviewed] = useState<number | null>(null);
  return (
    <>
      <TrendsView {...props} onOpenCall={setReviewed} />
      <CallReviewDrawer interactionId={reviewed} onClose={() => setReviewed(null)} />
    </>
  );
}
