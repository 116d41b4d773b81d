import type { Season } from '../../../../shared/records/season';
import type { Lead } from '../../../../shared/records/lead';
import type { Staff } from '../../../../shared/records/staff';
import type { MyForm } from '../../../../shared/api/choices';
import type { ChoiceFormRecord } from '../../../../shared/records/form';
import type { UnifiedOffer } from '../../../../shared/records/unified-round';
import { offerRefusalReasons, offerStatusLabels, shownOfferStatuses, type OfferRefusalReason } from '../../../../shared/unified-offer';

type FamilyOffer = NonNullable<MyForm['offer']>;
import { inShanghai } from '../../../../shared/time';
import { _ } from '../../../_kit/platform/app';
import { records } from '../../../_kit/platform/collections';
import { inTransaction, type Tx } from '../../../_kit/platform/transaction';
import { leadIdFor, leadsInTx } from '../../forms/ids';
import { familyActor, stepLead, type LeadActor } from '../../leads/steps';
import { formAfter } from '../admission';
import { admissionFailures } from '../failures';

/**
 * R26: the family's answer to its offer of 统一录取 — accepted, or declined (the place given back
 * for the next round's waiting lists) — by the end of the season's days to choose (R25's
 * admissionChoiceDays, on Shanghai's calendar); an offer not answered by then expires and its
 * place is given back the same way. Each answer and each expiry re-reads the offer inside its
 * transaction: a family answering while the timer expires it gets one outcome.
 */

/** The end of the last day to answer: the season's days after the offer, on Shanghai's calendar. */
export function answerDue(season: Pick<Season, 'admissionChoiceDays'>, at: Date): Date {
  return inShanghai(at).add(season.admissionChoiceDays, 'day').endOf('day').toDate();
}

/** The expiry gives the place back on the bureau's round's behalf. */
const expiryActor: LeadActor = { by: 'allocation', staff: null };

/** The form's offer the family may answer now, or none. */
export async function heldOfferOf(formId: string): Promise<UnifiedOffer | null> {
  const [held] = await records.unifiedOffers.find({ formId, status: 'held' }, { limit: 1 });
  return held ?? null;
}

/** Gives the offer's place back: its lead released, the form's placement following. */
async function release(tx: Tx, offer: UnifiedOffer, actor: LeadActor, note: string, at: Date): Promise<void> {
  const form = await tx.choiceForms.get(offer.formId);
  const lead = await tx.leads.get(leadIdFor(offer.formId, offer.schoolId));
  if (!form || !lead || lead.status !== 'admitted') return;
  const released = await stepLead(tx, lead, 'released', actor, { at, note, form });
  const others = await leadsInTx(tx, { _id: form._id, leadSchools: form.leadSchools.filter((id) => id !== offer.schoolId) });
  await tx.choiceForms.update(form._id, { ...formAfter(form, [...others, released], null), updatedAt: at });
}

/** The family's answer, once: accepting keeps the admission; declining gives the place back. */
export async function answerOffer(offerId: string, accept: boolean, at: Date): Promise<'accepted' | 'declined'> {
  return inTransaction(async (tx) => {
    const offer = await tx.unifiedOffers.get(offerId);
    if (!offer || offer.status !== 'held') throw admissionFailures.offerAnswered(offer?.status ?? null);
    if (offer.respondBy && offer.respondBy.getTime() < at.getTime()) throw admissionFailures.offerExpired();
    const status = accept ? ('accepted' as const) : ('declined' as const);
    if (!accept) await release(tx, offer, familyActor, '家庭放弃统一录取的录取', at);
    await tx.unifiedOffers.update(offer._id, { status, answeredAt: at });
    return status;
  });
}

/** Offers past their day to answer, a page at a time: each expires once, its place given back. */
export async function expireOffers(at: Date, limit = 200): Promise<number> {
  const due = await records.unifiedOffers.find({ status: 'held', respondBy: _.lt(at) }, { orderBy: [['respondBy', 'asc']], limit });
  let expired = 0;
  for (const o of due) {
    const done = await inTransaction(async (tx) => {
      const offer = await tx.unifiedOffers.get(o._id);
      if (!offer || offer.status !== 'held' || !offer.respondBy || offer.respondBy.getTime() >= at.getTime()) return false;
      await release(tx, offer, expiryActor, '逾期未答复，统一录取的录取已放弃', at);
      await tx.unifiedOffers.update(offer._id, { status: 'expired', answeredAt: at });
      return true;
    });
    if (done) expired += 1;
  }
  return expired;
}

/**
 * A school refuses an offer of 统一录取 to it, only for a reason on the fixed list (R26): the lead
 * marked 未就读 with the reason in words, the place given back, the family told (R28); the offer keeps the
 * reason for the family's page and the bureau. Once: a second refusal, or one after the family
 * declined, finds nothing to refuse.
 */
export async function refuseOffer(
  lead: Pick<Lead, 'formId' | 'schoolId'>,
  reason: OfferRefusalReason,
  staff: Pick<Staff, '_id' | 'name'>,
  at: Date,
): Promise<void> {
  const [offer] = await records.unifiedOffers.find({ formId: lead.formId, schoolId: lead.schoolId, status: _.in(['held', 'accepted']) }, { limit: 1 });
  if (!offer) throw admissionFailures.noOfferToRefuse();
  await inTransaction(async (tx) => {
    const current = await tx.unifiedOffers.get(offer._id);
    if (!current || (current.status !== 'held' && current.status !== 'accepted')) throw admissionFailures.noOfferToRefuse();
    const form = await tx.choiceForms.get(current.formId);
    const stored = await tx.leads.get(leadIdFor(current.formId, current.schoolId));
    if (!form || !stored || stored.status !== 'admitted') throw admissionFailures.noOfferToRefuse();
    const words = offerRefusalReasons[reason];
    // R28: the family is told by stepLead (an admission marked 未就读), with the reason in 我的志愿
    const lost = await stepLead(tx, stored, 'lost', { by: 'staff', staff }, { at, note: `学校未予录取：${words}`, form });
    const others = await leadsInTx(tx, { _id: form._id, leadSchools: form.leadSchools.filter((id) => id !== current.schoolId) });
    await tx.choiceForms.update(form._id, { ...formAfter(form, [...others, lost], null), updatedAt: at });
    // answeredAt: when the place went back (the automatic rounds count places given back since a round: later-rounds.ts)
    await tx.unifiedOffers.update(current._id, { status: 'refused', refused: { reason, staffName: staff.name, at }, answeredAt: at });
  });
}

/** The offer of 统一录取 that admitted this school's lead and still stands (held or accepted), if any. */
export async function standingOfferOf(formId: string, schoolId: string): Promise<UnifiedOffer | null> {
  const [offer] = await records.unifiedOffers.find({ formId, schoolId, status: _.in(['held', 'accepted']) }, { limit: 1 });
  return offer ?? null;
}

/**
 * R26 on a school's own step of a lead the round admitted (leadProgress): 未就读 is a refusal and
 * goes through `refuseOffer`, with its reason from the fixed list; 报到 means the family took the
 * place, so an offer still waiting for its answer is accepted with it.
 */
export async function followOffer(tx: Tx, offer: UnifiedOffer, to: Lead['status'], at: Date): Promise<void> {
  if (to === 'lost') throw admissionFailures.refuseThroughOffer();
  if (to !== 'enrolled') return;
  const current = await tx.unifiedOffers.get(offer._id);
  if (current?.status === 'held') await tx.unifiedOffers.update(offer._id, { status: 'accepted', answeredAt: at });
}

/** An applied offer as the school and the family read it: its major and choice, its state and any refusal in words, its day to answer. */
export function offerFacts(o: UnifiedOffer) {
  if (o.status === 'pending' || o.status === 'void') return null;
  return {
    majorName: o.majorName,
    rank: o.rank,
    status: o.status,
    statusLabel: offerStatusLabels[o.status],
    respondBy: o.respondBy?.toISOString() ?? null,
    refusedReason: o.refused ? offerRefusalReasons[o.refused.reason] : null,
  };
}

/** What 我的志愿 shows of each form's latest offer (one read for all the family's forms). */
export async function familyOffersOf(forms: ReadonlyArray<Pick<ChoiceFormRecord, '_id' | 'choices'>>, at: Date) {
  const found = await records.unifiedOffers.find(
    { formId: _.in(forms.map((f) => f._id)), status: _.in([...shownOfferStatuses]) },
    { orderBy: [['round', 'desc']], limit: 100 },
  );
  const shown = new Map<string, FamilyOffer>();
  for (const o of found) {
    const facts = offerFacts(o);
    if (shown.has(o.formId) || !facts) continue;
    const form = forms.find((f) => f._id === o.formId);
    shown.set(o.formId, {
      schoolName: form?.choices.find((c) => c.schoolId === o.schoolId)?.schoolName ?? '',
      ...facts,
      mayAnswer: o.status === 'held' && (!o.respondBy || o.respondBy.getTime() >= at.getTime()),
    });
  }
  return shown;
}
