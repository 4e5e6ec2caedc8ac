import type { ScorecardFormBody, StoredScorecardForm } from '@shared/scorecards/scorecard-form';
import { serviceStandardScorecard } from '@shared/scorecards/service-standard-scorecard';
import { inTransaction, type Store } from '../../store/connection';
import {
  allScorecardFormVersions,
  findScorecardFormVersion,
  insertScorecardFormVersion,
  newestScorecardFormRow,
  type ScorecardFormRow,
} from '../../store/queries/scorecard-forms';

function fromRow(row: ScorecardFormRow): StoredScorecardForm {
  return { slug: row.slug, version: row.version, title: row.title, questions: row.questions, createdAt: row.createdAt, createdBy: row.createdBy };
}

/**
 * Gives a store the shipped service-standard form as version 1 when it does
 * not hold it: evaluations made before forms were stored name
 * `service-standard@1`, and keep resolving to the same questions.
 */
export function installDefaultScorecardForm(store: Store): void {
  const { slug, version, title, questions } = serviceStandardScorecard;
  if (findScorecardFormVersion(store, slug, version)) return;
  insertScorecardFormVersion(store, { slug, version, title, questions, createdAt: 0, createdBy: null });
}

/** The exact version an evaluation names; undefined when this console does not hold it (yet). */
export function findScorecardForm(store: Store, slug: string, version: number): StoredScorecardForm | undefined {
  const row = findScorecardFormVersion(store, slug, version);
  return row ? fromRow(row) : undefined;
}

/** The newest version of one form; undefined for a form this console has never held. */
export function newestScorecardForm(store: Store, slug: string): StoredScorecardForm | undefined {
  const row = newestScorecardFormRow(store, slug);
  return row ? fromRow(row) : undefined;
}

/** Every form with its versions, newest first; the forms themselves in the order of their newest save, the latest first. */
export function scorecardFormVersions(store: Store): StoredScorecardForm[][] {
  const bySlug = new Map<string, StoredScorecardForm[]>();
  for (const row of allScorecardFormVersions(store)) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), fromRow(row)]);
  return [...bySlug.values()].sort((a, b) => (b[0]?.createdAt ?? 0) - (a[0]?.createdAt ?? 0));
}

/** What a supervisor may score a call with: the newest version of each form, the one saved last first (the default). */
export function newestScorecardForms(store: Store): StoredScorecardForm[] {
  return scorecardFormVersions(store).flatMap((versions) => versions.slice(0, 1));
}

/** Stores a checked form as its next version; earlier versions stay as they were (evaluations name them). */
export function storeScorecardFormVersion(store: Store, body: ScorecardFormBody, createdBy: string | null, now: number): { form: StoredScorecardForm; id: number } {
  return inTransaction(store, () => {
    const version = (newestScorecardFormRow(store, body.slug)?.version ?? 0) + 1;
    const row = insertScorecardFormVersion(store, { ...body, version, createdAt: now, createdBy });
    return { form: fromRow(row), id: row.id };
  });
}
