import { useId } from 'react';

/** A console pane with nothing to show yet, saying honestly when it will have something. */
export function EmptyPane({ title, emptyText, testId }: { title: string; emptyText: string; testId: string }) {
  const titleId = useId();
  return (
    <section className="pane" aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId} className="pane__title">
        {title}
      </h2>
      <p className="empty-state">{emptyText}</p>
    </section>
  );
}
