import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { ScriptIssue, ScriptTextPlace } from '@shared/scripts/script-issue';

/** Where in the file's text a finding is, as offsets for the editor to mark. */
export interface IssueRange {
  issue: ScriptIssue;
  from: number;
  to: number;
}

type Key = string | number | { id: string };

/** The key and value of `key` in a mapping, or the item of a sequence (by index, or the mapping whose `id` is the one asked for). */
function child(node: unknown, key: Key): { node: unknown; pair?: Pair } | null {
  if (isSeq(node)) {
    const item = typeof key === 'number' ? node.items[key] : typeof key === 'object' ? node.items.filter((candidate) => isMap(candidate) && candidate.get('id') === key.id).at(-1) : undefined;
    return item === undefined ? null : { node: item };
  }
  if (!isMap(node) || typeof key !== 'string') return null;
  const pair = node.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === key);
  return pair ? { node: pair.value, pair } : null;
}

function rangeOf(found: { node: unknown; pair?: Pair }): [number, number] | null {
  const start = isScalar(found.pair?.key) ? found.pair.key.range?.[0] : undefined;
  const node = found.node as YamlNode | null;
  const range = node?.range;
  if (!range) return start === undefined ? null : [start, start];
  // A whole mapping or list would mark many lines: its first line is enough, its key line when it has one.
  const end = isMap(node) || isSeq(node) ? (start ?? range[0]) : range[1];
  return [start ?? range[0], end];
}

/** The deepest part of `path` the file has: a missing field is marked where it would go. */
function locate(doc: Document, path: readonly Key[]): [number, number] | null {
  let current: { node: unknown; pair?: Pair } = { node: doc.contents };
  let best: [number, number] | null = null;
  for (const key of path) {
    const next = child(current.node, key);
    if (!next) break;
    current = next;
    best = rangeOf(current) ?? best;
  }
  return best;
}

const textPaths: Record<ScriptTextPlace, (placeId: string) => Key[]> = {
  'script-title': () => ['title'],
  'section-title': (id) => ['sections', { id }, 'title'],
  'step-title': () => ['title'],
  'phrase-friendly': () => ['text', 'friendly'],
  'phrase-formal': () => ['text', 'formal'],
  answer: (id) => ['answers', { id }, 'label'],
  option: (id) => ['options', { id }, 'label'],
  'field-label': () => ['label'],
  'checkpoint-label': () => ['label'],
  'knowledge-title': () => ['title'],
  'knowledge-text': () => ['text'],
};

/** The step mapping with this id, in whichever section it is. */
function stepPath(doc: Document, id: string): Key[] {
  const sections = doc.get('sections');
  const index = isSeq(sections) ? sections.items.findLastIndex((section) => isMap(section) && isSeq(section.get('steps')) && child(section.get('steps'), { id }) !== null) : -1;
  return index < 0 ? ['sections'] : ['sections', index, 'steps', { id }];
}

function pathOf(doc: Document, issue: ScriptIssue): Key[] {
  const facts = issue.facts ?? {};
  const inStep = issue.step === null ? [] : stepPath(doc, issue.step);
  switch (issue.reason) {
    case 'syntax':
      return [];
    case 'schema':
      return facts.path ?? [];
    case 'unknown-target': {
      if (issue.step === null) return ['start'];
      const answers = locateNode(doc, [...inStep, 'answers']);
      const answer = isSeq(answers) ? answers.items.findIndex((item) => isMap(item) && item.get('next') === facts.id) : -1;
      return answer >= 0 ? [...inStep, 'answers', answer, 'next'] : [...inStep, 'next'];
    }
    case 'missing-translation':
    case 'unknown-placeholder': {
      const text = textPaths[facts.place ?? 'step-title'](facts.placeId ?? '');
      return issue.step === null ? text : [...inStep, ...text];
    }
    case 'missing-section':
      return ['sections'];
    case 'missing-options':
      return [...inStep, 'options'];
    case 'unsafe-link':
      return [...inStep, 'url'];
    case 'duplicate-id':
      return facts.of === 'section' ? ['sections', { id: facts.id ?? '' }, 'id'] : [...inStep, 'id'];
    case 'unreachable-step':
      return [...inStep, 'id'];
  }
}

function locateNode(doc: Document, path: readonly Key[]): unknown {
  let node: unknown = doc.contents;
  for (const key of path) node = child(node, key)?.node;
  return node;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/**
 * Where each finding is in the file as typed: a parse error where the parser
 * stopped, a schema error at its field, a rule broken by a step at the line
 * that says so (its `next`, its text in a tone, its link), else its id.
 */
export function issueRanges(text: string, issues: readonly ScriptIssue[]): IssueRange[] {
  const doc = parseDocument(text, { uniqueKeys: false });
  return issues.flatMap((issue) => {
    if (issue.reason === 'syntax') {
      const from = offsetOf(text, issue.facts?.line ?? 1, issue.facts?.column ?? 1);
      return [{ issue, from, to: from }];
    }
    const range = locate(doc, pathOf(doc, issue)) ?? locate(doc, issue.step === null ? [] : [...stepPath(doc, issue.step), 'id']);
    return range ? [{ issue, from: range[0], to: range[1] }] : [{ issue, from: 0, to: 0 }];
  });
}
