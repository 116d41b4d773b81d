import { randomBytes } from 'node:crypto';
import { admittableStatuses, placesLeft } from '../../../../shared/admission';
import { roundOf } from '../../../../shared/allocation/rounds';
import { offerStatusSchema, type Decision } from '../../../../shared/allocation/schema';
import { offerVoidReasons, offerVoidReasonSchema, type OfferVoidReason } from '../../../../shared/unified-offer';
import { admissionPlacesId } from '../../../../shared/records/admission';
import type { Season } from '../../../../shared/records/season';
import type { Staff } from '../../../../shared/records/staff';
import { schoolNoticeIdOf, unifiedRoundIdOf, type SchoolNotice, type UnifiedOffer, type UnifiedRound } from '../../../../shared/records/unified-round';
import { choiceDeadlinePassed } from '../../../../shared/season-rules';
import { isWithin } from '../../../../shared/windows';
import { _ } from '../../../_kit/platform/app';
import { MAX_READ, records } from '../../../_kit/platform/collections';
import { inTransaction, type Tx } from '../../../_kit/platform/transaction';
import { leadIdFor, leadsInTx } from '../../forms/ids';
import { stepLead, type LeadActor } from '../../leads/steps';
import { audit } from '../../staff/audit';
import { formAfter } from '../admission';
import { admissionFailures } from '../failures';
import { answerDue } from './answers';
import { byText, majorKey, unifiedExport } from './export';
import { roundInputParts, storeRoundInputs } from './round-inputs';
import { revealedSeedOf, unifiedSeason } from './seed';
import { storeWaiting, waitingBuckets } from './waiting';

/**
 * R26's commit of a round of 统一录取 (round 1: the allocation over every active form). A city's
 * round is tens of thousands of admissions, more than one call can make, so it goes in two phases
 * that any caller may continue — the bureau's page calling again, another admin, or the every-minute
 * timer — and that survive being cut off at any point:
 * 1. offering: the export is built and allocated once (shared/allocation roundOf, which the
 *    published round's recomputation runs too); the round's record is claimed in a transaction (two
 *    admins at once: one) under a fresh run id, and what it ran over (round-inputs.ts, for the
 *    round's export), where every student waits (waiting.ts, for 我的志愿) and every offer are
 *    stored under it.
 *    A run cut off here is taken over after TAKEOVER_MS by a new run id; offers of the old run are
 *    never applied.
 * 2. applying: the pending offers of the run are applied a major's at a time (up to APPLY_GROUP in
 *    a transaction) — each lead admitted through stepLead (the place taken, the history line, the
 *    family told: R28), the form's placement — and only if the offer is still pending inside it, so
 *    an offer two callers reach at once is applied once. An offer whose form, choice, notice or places
 *    changed since the allocation is void with its reason (shared/unified-offer.ts offerVoidReasons);
 *    nothing else is touched. A student moved up to another major of the same school keeps the one
 *    lead, admitted again at the new major (the place moves with the step: domains/leads/steps.ts);
 *    moved to another school, the earlier admission is given back first, in the same transaction.
 * When no offer is pending the round is committed.
 */

/** An `offering` round untouched this long was cut off: the next caller starts it again. */
export const TAKEOVER_MS = 2 * 60_000;
/** Work one call does before answering (well inside the function's timeout); the next call goes on. */
export const COMMIT_BUDGET_MS = 25_000;
/** Offers written per insert request. */
const OFFER_INSERT_BATCH = 500;
/** Offers of one major applied in one transaction (its places read once). */
const APPLY_GROUP = 20;

/** The allocation admits on the bureau's behalf, as this actor (shared/lead-steps.ts: only it and a school's admission admit). */
export const allocationActor: LeadActor = { by: 'allocation', staff: null };
const ALLOCATION_STAFF_NAME = '统一录取';

export interface CommitProgress {
  round: number;
  status: UnifiedRound['status'];
  offers: number;
  applied: number;
  void: number;
  voided: Array<{ reason: OfferVoidReason; label: string; count: number }>;
}

/** the moment the work runs at (server clock), when the family's answer is due, and the budget's end (wall clock) */
type Clock = { at: Date; respondBy: Date; deadline: number };

/**
 * Round `number`: started, taken over or continued, as far as the budget goes. A round starts only
 * once the one before it is committed; asking for a committed round answers it as it stands.
 */
export async function commitRound(
  season: Season,
  actor: Pick<Staff, '_id' | 'name'> | null,
  at: Date,
  budgetMs = COMMIT_BUDGET_MS,
  number = 1,
): Promise<CommitProgress> {
  unifiedSeason(season);
  if (!choiceDeadlinePassed(season, at)) throw admissionFailures.beforeChoiceDeadline(season.choices.end, '确认统一录取');
  if (!isWithin(season.admission, at)) throw admissionFailures.admissionClosed(season.admission);
  const clock: Clock = { at, respondBy: answerDue(season, at), deadline: Date.now() + budgetMs };
  const id = unifiedRoundIdOf(season.year, number);
  let round = await records.unifiedRounds.get(id);
  if (!round || isCutOff(round, at)) {
    if (!actor) return progressOf(round, number);
    if (number > 1) {
      const before = await records.unifiedRounds.get(unifiedRoundIdOf(season.year, number - 1));
      if (before?.status !== 'committed') throw admissionFailures.roundNotNext(number);
      // the rounds ended (later-rounds.ts): no round follows, schools admit those still unplaced (补录)
      if (before.closed) throw admissionFailures.roundsClosed();
    }
    round = await offer(season, actor, round, clock, number);
  }
  if (round.status === 'offering') throw admissionFailures.roundBusy();
  if (round.status === 'applying') round = await apply(round, clock, actor);
  return progressOf(round, number);
}

function isCutOff(round: UnifiedRound, at: Date): boolean {
  return round.status === 'offering' && at.getTime() - round.touchedAt.getTime() > TAKEOVER_MS;
}

export async function progressOf(round: UnifiedRound | null, number: number): Promise<CommitProgress> {
  if (!round) return { round: number, status: 'offering', offers: 0, applied: 0, void: 0, voided: [] };
  const [pending, voided] = await Promise.all([
    records.unifiedOffers.count({ runId: round.runId, status: 'pending' }),
    records.unifiedOffers.count({ runId: round.runId, status: 'void' }),
  ]);
  // each void by its real reason (read only when there is one)
  const reasons = offerVoidReasonSchema.options;
  const byReason = voided
    ? await Promise.all(reasons.map((reason) => records.unifiedOffers.count({ runId: round.runId, status: 'void', voidReason: reason })))
    : [];
  return {
    round: round.round,
    status: round.status,
    offers: round.offers,
    applied: round.offers - pending,
    void: voided,
    voided: reasons.map((reason, i) => ({ reason, label: offerVoidReasons[reason], count: byReason[i] ?? 0 })).filter((v) => v.count > 0),
  };
}

/** Phase 1: allocate, claim the round under a new run id, store every offer, then open it for applying. */
async function offer(season: Season, actor: Pick<Staff, '_id' | 'name'>, before: UnifiedRound | null, clock: Clock, number: number): Promise<UnifiedRound> {
  const exported = await unifiedExport(season, await revealedSeedOf(season));
  // round 1 allocates afresh; a later round keeps each live offer and fills what was given up (shared/allocation/rounds.ts)
  const standing = number > 1 ? await decisionsOf(season.year) : null;
  const decisions = standing?.decisions ?? [];
  const result = roundOf(number, exported.input, decisions);
  // what the round ran over, kept under the run for the round's export (domains/admission/unified/round-inputs.ts)
  const inputParts = roundInputParts(season.year, number, { input: exported.input, decisions });
  // where every student waits after the round, for 我的志愿 (waiting.ts)
  const waiting = waitingBuckets(result.students, exported.formOf);
  const changed = (s: (typeof result.students)[number]) => !('change' in s) || s.change === 'new' || s.change === 'moved';
  // in (school, major) order: the offers' numbers keep a major's together for applying
  const placed = result.students
    .flatMap((s) => (s.offer && changed(s) ? [{ studentId: s.studentId, offer: s.offer, replaces: standing?.live.get(s.studentId) }] : []))
    .sort((a, b) => byText(a.offer.schoolId, b.offer.schoolId) || byText(a.offer.majorId, b.offer.majorId));
  const lacking = [...new Set(placed.map((p) => p.offer.schoolId))];
  const notices = await Promise.all(lacking.map((schoolId) => records.schoolNotices.get(schoolNoticeIdOf(schoolId, season.year))));
  const withoutNotice = lacking.filter((_s, i) => !notices[i]).map((schoolId) => exported.schoolNames.get(schoolId) ?? schoolId);
  if (withoutNotice.length) throw admissionFailures.noticesMissing(withoutNotice);

  const id = unifiedRoundIdOf(season.year, number);
  const runId = randomBytes(8).toString('hex');
  const round: UnifiedRound = {
    _id: id,
    year: season.year,
    round: number,
    runId,
    status: 'offering',
    exportDigest: exported.digest,
    seedCommitment: exported.input.seedCommitment,
    students: result.students.length,
    offers: placed.length,
    startedAt: clock.at,
    startedByName: actor.name,
    touchedAt: clock.at,
    committedAt: null,
    inputParts: inputParts.length,
    waitingBuckets: waiting.length,
  };
  await inTransaction(async (tx) => {
    // the claim: whoever finds the round free (or cut off, as `before` saw it) takes it
    const now = await tx.unifiedRounds.get(id);
    const free = !now || (isCutOff(now, clock.at) && now.runId === before?.runId);
    if (!free) throw admissionFailures.roundBusy();
    if (number > 1) {
      // the round before is written too, as closing the rounds writes it (later-rounds.ts closeRounds):
      // a close and this claim at the same moment conflict, and the one run again sees the other
      const previousId = unifiedRoundIdOf(season.year, number - 1);
      const previous = await tx.unifiedRounds.get(previousId);
      if (previous?.closed) throw admissionFailures.roundsClosed();
      await tx.unifiedRounds.update(previousId, { touchedAt: clock.at });
    }
    const { _id, ...doc } = round;
    await tx.unifiedRounds.set(id, doc);
  });

  await storeRoundInputs(round, inputParts);
  await storeWaiting(round, waiting);
  const planned = new Map(exported.input.majors.map((m) => [majorKey(m.schoolId, m.majorId), m.places]));
  const offers: Array<Omit<UnifiedOffer, '_id'> & { _id: string }> = placed.map(({ studentId, offer: o, replaces }, i) => ({
    _id: `${runId}-${String(i).padStart(6, '0')}`,
    year: season.year,
    round: number,
    runId,
    studentId,
    formId: exported.formOf.get(studentId) ?? '',
    schoolId: o.schoolId,
    majorId: o.majorId,
    majorName: exported.majorNames.get(majorKey(o.schoolId, o.majorId)) ?? '',
    planned: planned.get(majorKey(o.schoolId, o.majorId)) ?? 0,
    rank: o.rank,
    status: 'pending',
    appliedAt: null,
    respondBy: null,
    answeredAt: null,
    ...(replaces ? { replaces } : {}),
  }));
  for (let i = 0; i < offers.length; i += OFFER_INSERT_BATCH) await records.unifiedOffers.addMany(offers.slice(i, i + OFFER_INSERT_BATCH));

  // open for applying only if this run still holds the round (one taking over meanwhile wins)
  const opened = await records.unifiedRounds.updateAndReturn({ _id: id, runId, status: 'offering' }, { status: 'applying', touchedAt: clock.at });
  if (!opened) throw admissionFailures.roundBusy();
  await audit(actor, {
    action: 'unified.commit',
    subjectId: id,
    at: clock.at,
    after: { round: number, exportDigest: exported.digest, offers: placed.length, students: result.students.length },
  });
  return opened;
}

/**
 * What became of every earlier offer of the year, as the next round's decisions (a page of offers
 * at a time), and each student's live offer (held or accepted), which a better one replaces.
 */
async function decisionsOf(year: number): Promise<{ decisions: Decision[]; live: Map<string, string> }> {
  const decisions: Decision[] = [];
  const live = new Map<string, string>();
  let after = '';
  for (;;) {
    const page = await records.unifiedOffers.find(
      { year, status: _.in([...offerStatusSchema.options]), ...(after ? { _id: _.gt(after) } : {}) },
      { orderBy: [['_id', 'asc']], limit: MAX_READ },
    );
    for (const o of page) {
      const status = offerStatusSchema.parse(o.status);
      decisions.push({ studentId: o.studentId, schoolId: o.schoolId, majorId: o.majorId, status });
      if (status === 'held' || status === 'accepted') live.set(o.studentId, o._id);
    }
    if (page.length < MAX_READ) return { decisions, live };
    after = page[page.length - 1]?._id ?? after;
  }
}

/** Phase 2: applies pending offers of the run, a major's at a time, until none is left or the budget is spent. */
async function apply(round: UnifiedRound, clock: Clock, actor: Pick<Staff, '_id' | 'name'> | null): Promise<UnifiedRound> {
  const notices = new Map<string, Promise<SchoolNotice | null>>();
  const noticeOf = (schoolId: string) => {
    if (!notices.has(schoolId)) notices.set(schoolId, records.schoolNotices.get(schoolNoticeIdOf(schoolId, round.year)));
    return notices.get(schoolId) as Promise<SchoolNotice | null>;
  };
  for (;;) {
    if (Date.now() > clock.deadline) return round;
    // offers are numbered in (school, major) order, so a page falls into few majors
    const pending = await records.unifiedOffers.find({ runId: round.runId, status: 'pending' }, { orderBy: [['_id', 'asc']], limit: Math.min(100, MAX_READ) });
    if (!pending.length) break;
    for (const group of majorGroups(pending)) {
      const first = group[0] as UnifiedOffer;
      const notice = await noticeOf(first.schoolId);
      await inTransaction((tx) =>
        applyGroup(
          tx,
          group.map((o) => o._id),
          notice,
          clock.at,
          clock.respondBy,
        ),
      );
      if (Date.now() > clock.deadline) return round;
    }
  }
  const committed = await records.unifiedRounds.updateAndReturn(
    { _id: round._id, runId: round.runId, status: 'applying' },
    { status: 'committed', committedAt: clock.at, touchedAt: clock.at },
  );
  if (committed && actor) await audit(actor, { action: 'unified.commit', subjectId: round._id, at: clock.at, after: { round: round.round, committed: true } });
  return committed ?? (await records.unifiedRounds.get(round._id)) ?? round;
}

/** Consecutive offers of one major, at most APPLY_GROUP together: one transaction, one read of the major's places. */
function majorGroups(offers: UnifiedOffer[]): UnifiedOffer[][] {
  const groups: UnifiedOffer[][] = [];
  for (const o of offers) {
    const last = groups[groups.length - 1];
    if (last && last.length < APPLY_GROUP && last[0]?.schoolId === o.schoolId && last[0]?.majorId === o.majorId) last.push(o);
    else groups.push([o]);
  }
  return groups;
}

/**
 * Offers of one major, each once: the lead admitted at the offered major, or the offer void with the
 * reason. Each offer is read again here, so an offer two callers reach at once is applied by one.
 */
async function applyGroup(tx: Tx, offerIds: string[], notice: SchoolNotice | null, at: Date, respondBy: Date): Promise<void> {
  const offers = (await Promise.all(offerIds.map((id) => tx.unifiedOffers.get(id)))).filter((o): o is UnifiedOffer => o?.status === 'pending');
  const first = offers[0];
  if (!first) return;
  const voided = (o: UnifiedOffer, reason: OfferVoidReason) => tx.unifiedOffers.update(o._id, { status: 'void', appliedAt: at, voidReason: reason });
  const placesId = admissionPlacesId(first.schoolId, first.year, first.majorId);
  const places = await tx.admissionPlaces.get(placesId);
  let held = places?.held ?? 0;
  // the major's places document before the steps, so each admission takes its place in it (stepLead)
  if (!places)
    await tx.admissionPlaces.set(placesId, {
      schoolId: first.schoolId,
      year: first.year,
      majorId: first.majorId,
      majorName: first.majorName,
      planned: first.planned,
      held,
      updatedAt: at,
    });
  for (const o of offers) {
    if (!notice) {
      await voided(o, 'noticeMissing');
      continue;
    }
    const form = await tx.choiceForms.get(o.formId);
    if (!form || form.status !== 'active' || form.erasing || form.erasedAt) {
      await voided(o, 'formWithdrawn');
      continue;
    }
    // a later round moving the student up a choice replaces the admission it made (R25: one at a time)
    const replaced = o.replaces ? await tx.unifiedOffers.get(o.replaces) : null;
    const standing = replaced && (replaced.status === 'held' || replaced.status === 'accepted') ? replaced : null;
    // up to another major of the same school: the same lead, admitted now at the new major
    const sameSchool = standing?.schoolId === o.schoolId;
    const lead = await tx.leads.get(leadIdFor(form._id, o.schoolId));
    const earlier = standing && !sameSchool ? await tx.leads.get(leadIdFor(form._id, standing.schoolId)) : sameSchool ? lead : null;
    if (earlier?.status === 'enrolled') {
      await voided(o, 'enrolledEarlier');
      continue;
    }
    const admittable = sameSchool
      ? lead?.status === 'admitted' && lead.admission?.majorId === standing?.majorId
      : lead && admittableStatuses.includes(lead.status);
    if (!lead || !admittable) {
      await voided(o, 'choiceClosed');
      continue;
    }
    // the allocation keeps within the planned places; a place held meanwhile by other means is not taken twice
    if (placesLeft(o.planned, held) < 1) {
      await voided(o, 'majorFull');
      continue;
    }
    if (standing) {
      // at another school the earlier admission is given back first; within the school the step below moves the place
      if (!sameSchool && earlier?.status === 'admitted')
        await stepLead(tx, earlier, 'released', allocationActor, { at, note: `统一录取第${o.round}轮录取到更靠前的志愿`, form });
      await tx.unifiedOffers.update(standing._id, { status: 'moved', answeredAt: at });
    }
    // the form's other leads (for its placement); this one is already read
    const others = await leadsInTx(tx, { _id: form._id, leadSchools: form.leadSchools.filter((id) => id !== o.schoolId) });
    const { reportOn, place, bring } = notice;
    const admission = { majorId: o.majorId, majorName: o.majorName, rank: o.rank, at, staffName: ALLOCATION_STAFF_NAME, notice: { reportOn, place, bring } };
    // R28: the family is told by stepLead, from the form read here
    const note =
      sameSchool && standing
        ? `统一录取第${o.round}轮改录取到更靠前的志愿：${o.majorName}（原录取${standing.majorName}）`
        : `统一录取第${o.round}轮：${o.majorName}`;
    const admitted = await stepLead(tx, lead, 'admitted', allocationActor, { at, note, patch: { admission }, form });
    held += 1;
    await tx.choiceForms.update(form._id, { ...formAfter(form, [...others, admitted], null), updatedAt: at });
    await tx.unifiedOffers.update(o._id, { status: 'held', appliedAt: at, respondBy });
  }
}
