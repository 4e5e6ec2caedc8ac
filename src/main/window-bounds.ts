import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowPlacement {
  bounds: Rectangle;
  maximized: boolean;
}

export const minimumWindowSize = { width: 900, height: 600 };
export const defaultWindowSize = { width: 1366, height: 800 };

const placementSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(minimumWindowSize.width).max(20_000),
    height: z.number().int().min(minimumWindowSize.height).max(20_000),
  }),
  maximized: z.boolean(),
});

/** Whether enough of the window's title bar lies on a screen to grab it. */
function reachable(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  const grab = 48;
  return workAreas.some(
    (area) =>
      bounds.x + bounds.width - grab >= area.x &&
      bounds.x + grab <= area.x + area.width &&
      bounds.y >= area.y &&
      bounds.y + grab <= area.y + area.height,
  );
}

/**
 * Where the window opens: as it was left, unless that is unreadable or no
 * longer on any screen (a monitor was unplugged) — then centred on the primary one.
 */
export function restoreWindowPlacement(saved: unknown, workAreas: readonly Rectangle[]): WindowPlacement {
  const parsed = placementSchema.safeParse(saved);
  if (parsed.success && reachable(parsed.data.bounds, workAreas)) return parsed.data;
  const primary = workAreas[0] ?? { x: 0, y: 0, ...defaultWindowSize };
  const width = Math.min(defaultWindowSize.width, primary.width);
  const height = Math.min(defaultWindowSize.height, primary.height);
  return {
    bounds: {
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
      width,
      height,
    },
    maximized: false,
  };
}
