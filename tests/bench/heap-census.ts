import type { Page } from '@playwright/test';

/** Live objects of one kind in the page's JS heap. */
interface Census {
  count: number;
  bytes: number;
}

/** Kinds named `code …` in a census: compiled code and what V8 keeps beside it (bytecode, machine code, feedback). */
const codePrefix = 'code ';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/**
 * Counts the page's live objects by constructor (after a garbage
 * collection), from a V8 heap snapshot taken over the DevTools protocol.
 * Two censuses side by side show what a soak leaves behind. A closure's
 * scope is named by V8 with its place in the snapshot (`scope @72649`),
 * different in every snapshot: that suffix is dropped so that the same
 * scopes are counted together from one census to the next.
 */
export async function heapCensus(page: Page): Promise<Map<string, Census>> {
  const session = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }: { chunk: string }) => chunks.push(chunk));
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await session.detach();
  const heap = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = heap.snapshot.meta.node_fields;
  const typeNames = heap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [number, number, number];
  const census = new Map<string, Census>();
  for (let node = 0; node < heap.nodes.length; node += fields.length) {
    const type = typeNames[heap.nodes[node + typeAt] ?? 0];
    if (type === 'native' || type === 'synthetic' || type === 'hidden') continue;
    const label = (heap.strings[heap.nodes[node + nameAt] ?? 0] ?? '?').replace(/ @\d+$/, '');
    const name = type === 'object' ? label : type === 'closure' ? `closure ${label}` : type === 'code' ? `${codePrefix}${label}` : (type ?? '?');
    const entry = census.get(name) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += heap.nodes[node + sizeAt] ?? 0;
    census.set(name, entry);
  }
  return census;
}

/** The kinds of object that grew the most between two censuses, by bytes. */
export function printHeapGrowth(before: Map<string, Census>, after: Map<string, Census>, top = 12): void {
  const growth = [...after].map(([name, now]) => {
    const then = before.get(name) ?? { count: 0, bytes: 0 };
    return { name, count: now.count - then.count, bytes: now.bytes - then.bytes };
  });
  growth.sort((a, b) => b.bytes - a.bytes);
  for (const { name, count, bytes } of growth.slice(0, top).filter((entry) => entry.bytes > 0)) {
    console.log(`    +${(bytes / 1024).toFixed(1)} kB  +${count}  ${name.slice(0, 80)}`);
  }
}

/**
 * The page's heap in two parts: compiled code (V8 compiles functions lazily
 * and optimises the hot ones as a soak goes on — its size follows how much of
 * the program has run and how hot it is, not how many calls were made) and
 * everything else, the objects, closures, strings and arrays the program
 * keeps: a leak shows there.
 */
export function heapComposition(census: Map<string, Census>): { codeBytes: number; objectBytes: number } {
  let codeBytes = 0;
  let objectBytes = 0;
  for (const [name, { bytes }] of census) {
    if (name.startsWith(codePrefix)) codeBytes += bytes;
    else objectBytes += bytes;
  }
  return { codeBytes, objectBytes };
}
