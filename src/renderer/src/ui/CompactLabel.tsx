/**
 * A label with a short form for tight spaces: where its container is narrow
 * (a container query in app.css) the short text shows and the full one stays
 * for screen readers; the caller puts the full text in a tooltip.
 */
export function CompactLabel({ full, short }: { full: string; short: string }) {
  return (
    <>
      <span className="compact-label__full">{full}</span>
      <span className="compact-label__short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}
