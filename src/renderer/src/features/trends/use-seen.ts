import { useEffect, useRef, useState } from 'react';

/**
 * True once the element has come near the screen, and from then on: a chart
 * below the fold is drawn when it is scrolled to, so that opening the view
 * or changing a filter draws the charts in sight first (eight recharts charts
 * at once took seconds on a busy machine).
 */
export function useSeen<T extends Element>(): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    }, { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return [ref, seen];
}
