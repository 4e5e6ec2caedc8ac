// @vitest-environment happy-dom
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transitionHold } from '../../../src/renderer/src/ui/transition-hold';
import { useStoreValue, type StorePriority } from '../../../src/renderer/src/ui/use-store-value';

/** A store like the phone's: a value, and listeners told of every change. */
class Store<T> {
  private readonly listeners = new Set<() => void>();
  constructor(private value: T) {}
  get = (): T => this.value;
  set(value: T): void {
    this.value = value;
    this.listeners.forEach((listener) => listener());
  }
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

interface PhoneLike {
  status: string;
  clock: number;
}

/** Long enough for React's scheduler to run its tasks (a transition's slices) in this DOM. */
const tasksRun = () => new Promise((done) => setTimeout(done, 30));

describe('a component showing a store through useStoreValue', () => {
  let root: Root;
  let container: HTMLElement;
  let store: Store<PhoneLike>;
  const renders = new Map<string, number>();

  const Status = ({ name, priority }: { name: string; priority: StorePriority }) => {
    const status = useStoreValue(store.subscribe, () => store.get().status, priority);
    renders.set(name, (renders.get(name) ?? 0) + 1);
    return createElement('span', { 'data-name': name }, status);
  };
  const shown = (name: string) => container.querySelector(`[data-name="${name}"]`)?.textContent;

  beforeEach(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    store = new Store<PhoneLike>({ status: 'idle', clock: 0 });
    renders.clear();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    flushSync(() =>
      root.render(createElement('div', null, createElement(Status, { name: 'call bar', priority: 'urgent' }), createElement(Status, { name: 'pane', priority: 'transition' }))),
    );
    await tasksRun();
  });

  afterEach(() => {
    transitionHold.release();
    root.unmount();
    container.remove();
  });

  it('renders again only when what it reads changes', async () => {
    const before = new Map(renders);
    store.set({ status: 'idle', clock: 1 });
    store.set({ status: 'idle', clock: 2 });
    await tasksRun();
    expect(renders).toEqual(before);

    store.set({ status: 'dialing', clock: 3 });
    await tasksRun();
    expect(shown('pane')).toBe('dialing');
    expect(renders.get('pane')).toBe((before.get('pane') ?? 0) + 1);
  });

  it('shows an urgent change by the end of the task that made it (a SIP answer arriving), before a transition is rendered', async () => {
    store.set({ status: 'established', clock: 0 });
    await Promise.resolve();
    expect(shown('call bar')).toBe('established');
    expect(shown('pane')).toBe('idle');
    await tasksRun();
    expect(shown('pane')).toBe('established');
  });

  it('holds transition renders while the hold is in force, then renders each once; urgent ones are not held', async () => {
    transitionHold.hold(10_000);
    const before = renders.get('pane') ?? 0;
    store.set({ status: 'dialing', clock: 0 });
    store.set({ status: 'ringing', clock: 0 });
    await tasksRun();
    expect(shown('call bar')).toBe('ringing');
    expect(shown('pane')).toBe('idle');
    expect(renders.get('pane')).toBe(before);

    transitionHold.release();
    await tasksRun();
    expect(shown('pane')).toBe('ringing');
    expect(renders.get('pane')).toBe(before + 1);
  });
});
