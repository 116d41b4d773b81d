import { retentionSweepInput, retentionSweepOutput } from '../../../shared/api/retention';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import { retentionSweepStateIdOf } from '../../../shared/records/retention';
import { isPastSeason } from '../../../shared/season-rules';
import { anonymiseInTx, claimErasure, eraseTraces, keptBySchool } from '../../domains/forms/erase';
import { leadsInTx } from '../../domains/forms/ids';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { defineSystemFunction } from '../../_kit/platform/define';
import { inTransaction } from '../../_kit/platform/transaction';
import { allSeasons } from '../../domains/season/season';

/** Forms per page, and the run's budget of elapsed time (its timeout in cloudbaserc.json is 60 s). */
const PAGE = 50;
const BUDGET_MS = 45_000;

/**
 * PIPL, every day: once a season's workEnds day is over (server clock, Shanghai calendar), the
 * personal data of that year's students no school enrolled is erased (cloudfunctions/domains/forms/
 * erase.ts says what goes and what every report keeps). A form with a lead enrolled, or left after
 * enrolling, is the school's and stays untouched.
 *
 * Resumable and idempotent: forms are taken in pages of `_id` order among those not yet erased;
 * each form's erasure is claimed on it first (so no school's 报到 lands while it runs), then the
 * page's traces elsewhere are erased, then each form with its leads in one transaction that sets
 * `erasedAt` (and does nothing when it is already set). After each page the year's
 * position is saved (retentionSweeps), so the next run starts after the forms it kept instead of
 * reading them again, and a finished year is not read again (no form of a past year can become
 * erasable later: a lead never steps back from enrolled). A run stopped by its budget, or by its
 * timeout anywhere, leaves the unfinished forms without `erasedAt` and the position before them;
 * the next run takes them again. Two runs at once write the same fixed values; a position written
 * late by the slower one only makes a later run read a page again.
 */
export const main = defineSystemFunction({
  name: 'retentionSweep',
  input: retentionSweepInput,
  output: retentionSweepOutput,
  async handler({ pageSize, budgetMs }) {
    const at = now();
    const size = pageSize ?? PAGE;
    const stopAt = performance.now() + (budgetMs ?? BUDGET_MS);
    const years = (await allSeasons()).filter((s) => isPastSeason(s, at)).map((s) => s.year);
    let erased = 0;
    let kept = 0;
    let pages = 0;
    for (const year of years) {
      const stateId = retentionSweepStateIdOf(year);
      const state = await records.retentionSweeps.get(stateId);
      if (state?.completedAt) continue;
      let after = state?.after ?? '';
      for (;;) {
        // at least one page per run, so a tiny budget still makes progress
        if (pages > 0 && performance.now() >= stopAt) return { years, erased, kept, done: false };
        const page = await records.choiceForms.find(
          { year, erasedAt: _.exists(false), ...(after ? { _id: _.gt(after) } : {}) },
          { orderBy: [['_id', 'asc']], limit: size },
        );
        pages += 1;
        if (!page.length) break;
        after = page[page.length - 1]?._id ?? after;
        const leads = await records.leads.find({ formId: _.in(page.map((f) => f._id)) }, { limit: MAX_READ });
        const enrolled = new Set(leads.filter(keptBySchool).map((l) => l.formId));
        kept += page.filter((f) => enrolled.has(f._id)).length;
        // each form's erasure claimed first (no 报到 lands after it), then the traces, then the forms
        const candidates: ChoiceFormRecord[] = [];
        for (const form of page.filter((f) => !enrolled.has(f._id))) {
          const claim = await inTransaction(async (tx) => {
            const current = await tx.choiceForms.get(form._id);
            return current ? { outcome: await claimErasure(tx, current, await leadsInTx(tx, current), at), current } : null;
          });
          if (claim?.outcome === 'claimed') candidates.push(claim.current);
          if (claim?.outcome === 'kept') kept += 1;
        }
        await eraseTraces(candidates, at, { openDisputes: true });
        for (const form of candidates) {
          const outcome = await inTransaction(async (tx) => {
            const current = await tx.choiceForms.get(form._id);
            return current ? anonymiseInTx(tx, current, await leadsInTx(tx, current), at) : 'already';
          });
          if (outcome === 'erased') erased += 1;
        }
        await records.retentionSweeps.set(stateId, { year, after, updatedAt: at });
        if (page.length < size) break;
      }
      await records.retentionSweeps.set(stateId, { year, after, completedAt: at, updatedAt: at });
    }
    return { years, erased, kept, done: true };
  },
});
