import { useLayoutEffect, useState } from 'react';

/**
 * The content width of an element, in whole pixels, followed as it resizes:
 * one observer that reports only a change of width, so that a chart drawn at
 * a fixed size is drawn once, not measured and drawn again as recharts'
 * ResponsiveContainer does on every mount.
 */
export function useElementWidth(ref: React.RefObject<Element | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const contentWidth = () => {
      const style = getComputedStyle(element);
      return Math.floor(element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    };
    setWidth(contentWidth());
    const observer = new ResizeObserver(() => setWidth(contentWidth()));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
