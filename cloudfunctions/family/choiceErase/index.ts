import { choiceEraseInput, choiceEraseOutput } from '../../../shared/api/retention';
import { isPastSeason } from '../../../shared/season-rules';
import { anonymiseInTx, claimErasure, eraseTraces, keptBySchool } from '../../domains/forms/erase';
import { leadsInTx } from '../../domains/forms/ids';
import { withdrawal } from '../../domains/forms/withdraw';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { inTransaction } from '../../_kit/platform/transaction';
import { allSeasons } from '../../domains/season/season';
import { formFailures } from '../../domains/forms/failures';

/**
 * PIPL: a family withdraws and erases its own form (我的志愿) until the year's work ends. Only the
 * form the caller's OPENID filed; never when a school enrolled the student (the school keeps them).
 * The withdrawal is choiceWithdraw's (withdrawal: leads withdrawn, early study cancelled, claim
 * released, so the student may submit again), here allowed until workEnds rather than only in the
 * choice window: consent can be withdrawn at any time. Then the form is anonymised as the
 * retention sweep does (cloudfunctions/domains/forms/erase.ts). The erasure is claimed on the form
 * first, so no 报到 lands while it runs; then what names the student elsewhere (revisions,
 * messages, early study, flags, audit details) is erased; then the form. A run cut off on the way
 * leaves the form claimed but not erased, and the family (or the sweep) simply runs it again.
 */
export const main = defineFunction({
  name: 'choiceErase',
  input: choiceEraseInput,
  output: choiceEraseOutput,
  roles: ['family'],
  async handler({ formId }, caller) {
    const at = now();
    const form = await records.choiceForms.get(formId);
    if (!form || form.openid !== caller.openid || form.erasedAt) throw formFailures.formErased();
    const season = (await allSeasons()).find((s) => s.year === form.year);
    if (!season || isPastSeason(season, at)) throw formFailures.erasureTooLate(form.year);
    // first the claim (no 报到 lands after it), then the traces, then the form itself
    const claimed = await inTransaction(async (tx) => {
      const current = await tx.choiceForms.get(formId);
      if (!current || current.openid !== caller.openid) throw formFailures.formErased();
      const stored = await leadsInTx(tx, current);
      const outcome = await claimErasure(tx, current, stored, at);
      const enrolled = stored.find(keptBySchool);
      if (outcome === 'kept' && enrolled) throw formFailures.erasureKeptBySchool(enrolled.schoolName || '学校');
      return current;
    });
    await eraseTraces([claimed], at, { openDisputes: false });
    const erasedAt = await inTransaction(async (tx) => {
      const current = await tx.choiceForms.get(formId);
      if (!current || current.openid !== caller.openid) throw formFailures.formErased();
      if (current.erasedAt) return current.erasedAt;
      const stored = await leadsInTx(tx, current);
      const enrolled = stored.find(keptBySchool);
      if (enrolled) throw formFailures.erasureKeptBySchool(enrolled.schoolName || '学校');
      const { patch, leads } = current.status === 'active' ? await withdrawal(tx, current, at) : { patch: {}, leads: stored };
      await anonymiseInTx(tx, current, leads, at, patch);
      return at;
    });
    return { formId, status: 'withdrawn' as const, erasedAt: erasedAt.toISOString() };
  },
});
