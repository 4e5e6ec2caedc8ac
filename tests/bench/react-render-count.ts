import type { Page } from '@playwright/test';

/**
 * Counts, by component name, how often React rendered each component, through
 * the hook React DevTools uses (`__REACT_DEVTOOLS_GLOBAL_HOOK__`, called on
 * every commit): a component rendered in a commit when its fiber is new or
 * carries React's PerformedWork flag (1), as DevTools' Profiler decides it,
 * looking only inside subtrees the commit reprocessed.
 * The production build keeps function names, so the counts are readable.
 * Added before the page's scripts: React looks for the hook as it loads.
 */
export const countReactRenders = `(() => {
  const counts = new Map();
  const performedWork = 1;
  const visit = (root) => {
    const stack = [root];
    while (stack.length > 0) {
      const fiber = stack.pop();
      if (typeof fiber.type === 'function' && (fiber.alternate === null || (fiber.flags & performedWork) !== 0)) {
        const name = fiber.type.displayName || fiber.type.name || '(anonymous)';
        counts.set(name, (counts.get(name) || 0) + 1);
      }
      if (fiber.sibling) stack.push(fiber.sibling);
      // A subtree React skipped keeps the child fibers of an earlier commit (and their stale flags): not entered.
      if (fiber.child && (fiber.alternate === null || fiber.child !== fiber.alternate.child)) stack.push(fiber.child);
    }
  };
  let commits = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id, root) => {
      commits += 1;
      visit(root.current);
    },
  };
  window.__reactRenders = () => ({ commits, components: [...counts] });
  window.__resetReactRenders = () => {
    commits = 0;
    counts.clear();
  };
})();`;

export interface ReactRenders {
  commits: number;
  /** Renders by component name, most first. */
  components: [string, number][];
}

/** React's commits and renders by component in a page that runs `countReactRenders`, while `during` runs. */
export async function countRendersDuring(page: Page, during: () => Promise<void>): Promise<ReactRenders> {
  await page.evaluate(() => (window as unknown as { __resetReactRenders(): void }).__resetReactRenders());
  await during();
  const renders = await page.evaluate(() => (window as unknown as { __reactRenders(): ReactRenders }).__reactRenders());
  return { commits: renders.commits, components: renders.components.sort((a, b) => b[1] - a[1]) };
}
