import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonical-json';
import type { RowProblem } from '../../../shared/sheet-rows';
import { claimOnce } from '../../_kit/platform/claims';
import type { Failure } from '../../_kit/platform/failures';
import { inTransaction, type Tx } from '../../_kit/platform/transaction';
import { registryFailures } from './failures';

/**
 * The preview-then-apply shape every registry import shares (schools and majors, `registryImport`;
 * junior highs, `juniorImport`): a plan read from the sheet and the registry, a digest naming the
 * file and what it would do to the registry as it is now, and a confirmation that applies exactly
 * the previewed plan once.
 */

/** A value as text with every object's keys in order, so equal records compare equal (shared/canonical-json.ts). */
export const canonical = canonicalJson;

/** What an import compares: the record without its bookkeeping (id, when, which revision). */
export function comparable(record: object | undefined): string {
  if (!record) return '';
  const { _id, updatedAt, revision, ...rest } = record as Record<string, unknown>;
  return canonical(rest);
}

/** The record as people read it in a change or an audit line: without its bookkeeping. */
export function withoutBookkeeping(record: object | undefined): Record<string, unknown> | undefined {
  if (!record) return undefined;
  const { _id, updatedAt, revision, ...rest } = record as Record<string, unknown>;
  return rest;
}

/** The plan's digest: the kind of import, the file's bytes, and each planned write with the record it read. */
export function planDigest(kind: string, bytes: Buffer, writes: ReadonlyArray<readonly [string, unknown]>): string {
  return createHash('sha256').update(kind).update(bytes).update(JSON.stringify(writes)).digest('hex');
}

/** Records written together in one transaction (a write and its audit line each). */
export const IMPORT_CHUNK = 40;

/** A confirmation is refused when the sheet has wrong rows or the plan is not the one previewed. */
export function checkConfirmation(plan: { digest: string; confirmed: string | undefined; problems: readonly RowProblem[]; refusals?: ImportRefusals }): void {
  const refusals = plan.refusals ?? registryRefusals;
  if (plan.problems.length) throw refusals.hasProblems();
  if (plan.confirmed !== plan.digest) throw refusals.changedSincePreview();
}

/** The refusals of a confirmation, in the words of what is imported (the registries' by default). */
export interface ImportRefusals {
  hasProblems: () => Failure;
  changedSincePreview: () => Failure;
  alreadyApplied: () => Failure;
}
const registryRefusals: ImportRefusals = {
  hasProblems: registryFailures.importHasProblems,
  changedSincePreview: registryFailures.importChangedSincePreview,
  alreadyApplied: registryFailures.importAlreadyApplied,
};

/**
 * Applies a previewed plan on confirmation: refused when the sheet has wrong rows or the plan is
 * not the one previewed (`digest`), claimed once in the first chunk's transaction (a second
 * confirmation, at once or later, is told it was already applied), then each write in transactions
 * of IMPORT_CHUNK. `apply` writes one planned record only at the revision the plan read.
 */
export async function confirmPlan<W>(plan: {
  digest: string;
  confirmed: string | undefined;
  problems: readonly RowProblem[];
  writes: readonly W[];
  claim: { action: string; at: Date; staffId: string };
  apply: (tx: Tx, write: W) => Promise<void>;
  refusals?: ImportRefusals;
}): Promise<void> {
  checkConfirmation(plan);
  for (let i = 0; i < plan.writes.length; i += IMPORT_CHUNK) {
    const chunk = plan.writes.slice(i, i + IMPORT_CHUNK);
    await inTransaction(async (tx) => {
      if (i === 0) await claimOnce(tx, `import-${plan.digest.slice(0, 40)}`, plan.claim, (plan.refusals ?? registryRefusals).alreadyApplied);
      for (const write of chunk) await plan.apply(tx, write);
    });
  }
}
