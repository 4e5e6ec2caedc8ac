import { Alert, Button, Group, List, Modal, Select, Text, TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import type { ScorecardFormProblem } from '@shared/scorecards/scorecard-form-draft';
import { draftOf } from '@shared/scorecards/scorecard-form-problems';
import type { StoredScorecardForm } from '@shared/scorecards/scorecard-form';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { formatDateTime } from '../../ui/format';
import { useContractQuery } from '../../ui/use-contract-query';
import { useEventRevision } from '../../ui/use-event-revision';
import { useUiLanguage } from '../../ui/use-ui-language';
import { movedQuestion, newFormDraft, newQuestion, withoutQuestion, withQuestion } from './form-edits';
import { LocalWordsInputs } from './LocalWordsInputs';
import { useProblemText } from './problem-text';
import { QuestionEditor } from './QuestionEditor';
import { QuestionList } from './QuestionList';
import { ScoringRule } from './ScoringRule';
import { useFormDraft } from './use-form-draft';
import './scorecard-editor.css';

const always = () => true;
const newForm = 'new';
const freshDraft = newFormDraft();

type Outcome = { form: StoredScorecardForm; unchanged: boolean } | { error: ContractError };

/**
 * Where supervisors and admins edit the evaluation forms (others read them,
 * told why they cannot edit): each form with its versions, its questions
 * added, removed, reordered and rewritten in every language, with weight,
 * kind and the critical flag; every rule checked as it is typed, beside the
 * field concerned; the scoring rule previewed; a save is the next version.
 * It takes the whole window, like the script editor.
 */
export function ScorecardEditorDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const contract = useContract();
  const language = useUiLanguage();
  const problemText = useProblemText();
  const revision = `${useEventRevision('scorecards.changed', always)}:${useEventRevision('sync.status-changed', always)}`;
  const run = useCallback(() => contract.call('scorecards.forms.list', {}), [contract]);
  const list = useContractQuery(`scorecard-forms:${revision}`, run, { keepPrevious: true });
  const forms = list.status === 'ready' ? list.value.forms : [];
  const editAccess = list.status === 'ready' ? list.value.editAccess : 'allowed';
  const [chosen, setChosen] = useState<string | null>(null);
  const slug = chosen ?? forms[0]?.slug ?? null;
  const versions = forms.find((form) => form.slug === slug)?.versions ?? [];
  const newest = versions[0] ?? null;
  const base = slug === newForm ? newForm : newest ? `${newest.slug}@${newest.version}` : null;
  const form = useFormDraft(base, slug === newForm ? freshDraft : newest && draftOf(newest));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const { draft, selected } = form;

  const save = async () => {
    if (draft === null) return;
    setSaving(true);
    const result = await contract.call('scorecards.forms.save', draft);
    setSaving(false);
    if (!result.ok) return setOutcome({ error: result.error });
    setOutcome(result.value);
    setChosen(result.value.form.slug);
  };
  const refusedProblems: ScorecardFormProblem[] =
    outcome !== null && 'error' in outcome && outcome.error.code === 'scorecard_form_invalid' && Array.isArray(outcome.error.problems) ? (outcome.error.problems as ScorecardFormProblem[]) : [];
  const problems = form.edited || refusedProblems.length === 0 ? form.problems : refusedProblems;
  const question = selected === null ? undefined : draft?.questions[selected];

  return (
    // No scroll lock: react-remove-scroll would write a <style> element, which `style-src 'self'` refuses.
    <Modal.Root opened onClose={onClose} fullScreen lockScroll={false}>
      <Modal.Overlay />
      <Modal.Content className="scorecard-editor" data-testid="scorecard-editor">
        <Modal.Header>
          <Modal.Title fw={600} fz="lg">
            {t('scorecardEditor.title')}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('scorecardEditor.close')} />
        </Modal.Header>
        <Modal.Body className="scorecard-editor__body">
          {list.status === 'failed' && <ErrorNotice error={list.error} />}
          <Group gap="sm" align="end" wrap="wrap">
            <Select
              label={t('scorecardEditor.form')}
              value={slug === newForm ? null : slug}
              placeholder={slug === newForm ? t('scorecardEditor.newForm') : undefined}
              allowDeselect={false}
              data={forms.flatMap(({ slug: formSlug, versions: [latest] }) =>
                latest ? [{ value: formSlug, label: `${latest.title[language]} · ${t('scriptEditor.version', { version: latest.version })}` }] : [],
              )}
              onChange={(value) => {
                setChosen(value);
                setOutcome(null);
              }}
              w={340}
              data-testid="scorecard-editor-select"
            />
            {editAccess === 'allowed' && (
              <Button
                variant="default"
                onClick={() => {
                  setChosen(newForm);
                  setOutcome(null);
                }}
              >
                {t('scorecardEditor.newForm')}
              </Button>
            )}
            <Text size="sm" c="dimmed" className="scorecard-editor__hint">
              {t('scorecardEditor.versionHint')}
            </Text>
          </Group>
          {editAccess !== 'allowed' && (
            <Alert color="gray" data-testid="scorecard-editor-read-only">
              {t(`scorecardEditor.readOnly.${editAccess}`)}
            </Alert>
          )}
          {draft && (
            <fieldset className="scorecard-editor__main" disabled={editAccess !== 'allowed'}>
              <div className="scorecard-editor__outline">
                {slug === newForm && (
                  <TextInput
                    size="xs"
                    label={t('scorecardEditor.slug')}
                    value={draft.slug}
                    error={problems.some((problem) => problem.problem === 'bad-slug') ? t('scorecardEditor.problem.bad-slug') : undefined}
                    onChange={(event) => form.change({ ...draft, slug: event.currentTarget.value })}
                    data-testid="scorecard-editor-slug"
                  />
                )}
                <LocalWordsInputs
                  legend={t('scorecardEditor.formTitle')}
                  words={draft.title}
                  question={null}
                  field="title"
                  problems={problems}
                  testId="scorecard-editor-form-title"
                  onChange={(lang, value) => form.change({ ...draft, title: { ...draft.title, [lang]: value } })}
                />
                <Text size="sm" fw={600} mt="xs">
                  {t('scorecardEditor.questions')}
                </Text>
                <QuestionList
                  draft={draft}
                  selected={selected}
                  problems={problems}
                  onSelect={form.select}
                  onAdd={() => {
                    form.change({ ...draft, questions: [...draft.questions, newQuestion(draft)] });
                    form.select(draft.questions.length);
                  }}
                />
              </div>
              <div className="scorecard-editor__detail">
                {question === undefined || selected === null ? (
                  <Text size="sm" c="dimmed">
                    {t('scorecardEditor.noQuestion')}
                  </Text>
                ) : (
                  <QuestionEditor
                    key={selected}
                    question={question}
                    index={selected}
                    count={draft.questions.length}
                    problems={problems}
                    onChange={(change) => form.change(withQuestion(draft, selected, change))}
                    onMove={(by) => {
                      form.change(movedQuestion(draft, selected, by));
                      form.select(Math.max(0, Math.min(draft.questions.length - 1, selected + by)));
                    }}
                    onRemove={() => {
                      form.change(withoutQuestion(draft, selected));
                      form.select(Math.max(0, selected - 1));
                    }}
                  />
                )}
              </div>
              <aside className="scorecard-editor__side">
                {versions.length > 0 && slug !== newForm && (
                  <section aria-labelledby="scorecard-versions-title">
                    <Text fw={600} size="sm" id="scorecard-versions-title">
                      {t('scorecardEditor.versions')}
                    </Text>
                    <List size="xs" className="scorecard-editor__versions" data-testid="scorecard-editor-versions">
                      {versions.map((version) => (
                        <List.Item key={version.version}>
                          {version.createdBy === null
                            ? t('scorecardEditor.versionShipped', { version: version.version })
                            : t('scorecardEditor.versionBy', { version: version.version, when: formatDateTime(version.createdAt, language), author: version.createdBy })}
                        </List.Item>
                      ))}
                    </List>
                  </section>
                )}
                <ScoringRule draft={draft} />
                {problems.length > 0 && (
                  <section aria-labelledby="scorecard-problems-title" data-testid="scorecard-editor-problems">
                    <Text fw={600} size="sm" c="red" id="scorecard-problems-title">
                      {t('scorecardEditor.problems')}
                    </Text>
                    <List size="xs">
                      {problems.map((problem, index) => (
                        <List.Item key={index}>{problemText(problem)}</List.Item>
                      ))}
                    </List>
                  </section>
                )}
                {outcome && 'error' in outcome && <ErrorNotice error={outcome.error} testId="scorecard-editor-error" />}
                <Button disabled={!form.ok || !form.edited} loading={saving} onClick={() => void save()} data-testid="scorecard-editor-save">
                  {t('scorecardEditor.save')}
                </Button>
                {outcome && 'form' in outcome && !form.edited && (
                  <Text size="sm" role="status" data-testid="scorecard-editor-saved">
                    {t(outcome.unchanged ? 'scorecardEditor.unchanged' : 'scorecardEditor.saved', { version: outcome.form.version })}
                  </Text>
                )}
              </aside>
            </fieldset>
          )}
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
