import { describe, expect, it } from 'vitest';
import { parseScriptFile } from '../../../../src/shared/scripts/parse-script-file';
import type { ScriptIssue } from '../../../../src/shared/scripts/script-issue';
import { validScript, yamlOf } from './fixture-script';

const text = (en: string) => ({ en, uk: `${en} (uk)` });

type Script = ReturnType<typeof validScript>;
type Step = Script['sections'][number]['steps'][number];

function issuesOf(change: (script: Script) => void, file = 'broken.yaml'): ScriptIssue[] {
  const script = validScript();
  change(script);
  const parsed = parseScriptFile(file, yamlOf(script));
  return parsed.ok ? [] : parsed.issues;
}

function step(script: Script, id: string): Step {
  const found = script.sections.flatMap((section) => section.steps).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

describe('a script file', () => {
  it('is read from YAML and from JSON', () => {
    expect(parseScriptFile('small.yaml', yamlOf(validScript()))).toMatchObject({ ok: true, body: { slug: 'small', defaultTone: 'friendly' } });
    expect(parseScriptFile('small.json', JSON.stringify(validScript()))).toMatchObject({ ok: true });
  });

  it('that is not YAML is refused with the file and the line', () => {
    const parsed = parseScriptFile('garbled.yaml', 'slug: [unclosed');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues[0]).toMatchObject({ file: 'garbled.yaml', step: null, reason: 'syntax', facts: { line: 1, column: expect.any(Number) } });
  });

  it('with a step of an unknown type names the step', () => {
    const issues = issuesOf((script) => Object.assign(step(script, 'invoice'), { type: 'dance' }));
    expect(issues).toContainEqual(expect.objectContaining({ step: 'invoice', reason: 'schema', facts: { field: 'type', problem: 'invalid', path: ['sections', 1, 'steps', 1, 'type'] } }));
  });

  it('leading to a step that does not exist is refused: unknown target', () => {
    const issues = issuesOf((script) => Object.assign(step(script, 'invoice'), { next: 'nowhere' }));
    expect(issues).toContainEqual({ file: 'broken.yaml', step: 'invoice', reason: 'unknown-target', detail: expect.stringContaining('nowhere'), facts: { id: 'nowhere', of: 'step' } });
  });

  it('with a step no path reaches is refused: unreachable step', () => {
    const issues = issuesOf((script) => {
      Object.assign(step(script, 'reason'), { answers: [{ id: 'a', label: { en: 'A', uk: 'A' }, next: 'bye' }, { id: 'b', label: { en: 'B', uk: 'B' }, next: 'bye' }] });
    });
    expect(issues).toEqual([expect.objectContaining({ step: 'invoice', reason: 'unreachable-step' })]);
  });

  it('using one id for two steps is refused: duplicate id', () => {
    const issues = issuesOf((script) => Object.assign(step(script, 'invoice'), { id: 'hello' }));
    expect(issues).toContainEqual(expect.objectContaining({ step: 'hello', reason: 'duplicate-id' }));
  });

  it('missing a language it declares is refused: missing translation, with the tone', () => {
    const issues = issuesOf((script) => {
      const hello = step(script, 'hello');
      if (hello.type === 'say') delete hello.text.formal.uk;
    });
    expect(issues).toEqual([expect.objectContaining({ step: 'hello', reason: 'missing-translation', detail: 'text.formal has no "uk" text', facts: { place: 'phrase-formal', language: 'uk' } })]);
  });

  it('using a placeholder nothing provides is refused: unknown placeholder', () => {
    const issues = issuesOf((script) => {
      const hello = step(script, 'hello');
      if (hello.type === 'say') hello.text.friendly.en = 'Hi {{customer.shoeSize}}';
    });
    expect(issues).toEqual([expect.objectContaining({ step: 'hello', reason: 'unknown-placeholder', detail: expect.stringContaining('customer.shoeSize') })]);
  });

  it('without a de-escalation path is refused', () => {
    const issues = issuesOf((script) => {
      script.sections = script.sections.filter((section) => section.kind !== 'de-escalation');
    });
    expect(issues).toEqual([expect.objectContaining({ step: null, reason: 'missing-section', detail: expect.stringContaining('de-escalation') })]);
  });

  it('with a choice field without options is refused', () => {
    const issues = issuesOf((script) => Object.assign(step(script, 'invoice'), { kind: 'choice' }));
    expect(issues).toEqual([expect.objectContaining({ step: 'invoice', reason: 'missing-options' })]);
  });

  const withArticle = (url: string) =>
    issuesOf((script) => {
      const calm = step(script, 'calm-down');
      if (calm.type === 'say') calm.next = 'article';
      script.sections[2]?.steps.push({ id: 'article', type: 'knowledge', title: text('Refunds'), text: text('How refunds work'), url, next: 'bye' });
    });

  it.each(['javascript:alert(document.cookie)', 'file:///etc/passwd', 'smb://fileserver/share/policy.docx', 'http://wiki.example.com/refunds', 'data:text/html,<script>1</script>'])(
    'a knowledge link that is not https (%s) is refused, naming the step',
    (url) => {
      expect(withArticle(url)).toEqual([expect.objectContaining({ step: 'article', reason: 'unsafe-link' })]);
    },
  );

  it('an https knowledge link is fine', () => {
    expect(withArticle('https://wiki.example.com/refunds')).toEqual([]);
  });
});
