import type { Season } from '../../../../shared/records/season';
import type { Staff } from '../../../../shared/records/staff';
import { unifiedRoundIdOf, type UnifiedRound } from '../../../../shared/records/unified-round';
import { formatMoment } from '../../../../shared/time';
import { isPast } from '../../../../shared/windows';
import { placesLeft } from '../../../../shared/admission';
import { admissionPlacesId } from '../../../../shared/records/admission';
import type { ChoiceFormRecord } from '../../../../shared/records/form';
import { formatDate } from '../../../../shared/time';
import { plannedMajors } from '../admission';
import { _ } from '../../../_kit/platform/app';
import { records } from '../../../_kit/platform/collections';
import { Failure } from '../../../_kit/platform/failures';
import { inTransaction } from '../../../_kit/platform/transaction';
import { audit } from '../../staff/audit';
import { admissionFailures } from '../failures';
import { COMMIT_BUDGET_MS, commitRound, type CommitProgress } from './commit';
import { unifiedSeason } from './seed';

/**
 * R26, the rounds after the first and their end: “places that families declined, that expired, or
 * that a school refused go to the waiting lists in the next round (automatic or run by the bureau,
 * as the season says), then to 补录 for students still unplaced.”
 * - A season whose later rounds are `automatic` has the every-minute timer commit the next round
 *   itself — through the one commit (commit.ts commitRound, the same claim in a transaction, so a
 *   bureau admin pressing at the same moment and the timer run one round) — once the latest round's
 *   answers are settled (no offer of the year still waits for its family: answered, expired at its
 *   day by the hourly offerExpire, or refused), a place was given back since that round started and
 *   someone waits; never after the admission window, and at most `maxRounds` rounds in all.
 * - The rounds end when a bureau admin closes them (either way of running them) or when the
 *   automatic limit is reached; the end is kept on the last round (`closed`), no round follows it,
 *   and schools may then admit students still unplaced on their own desk (补录: admissionAdmit,
 *   `supplementaryOpen`).
 */

/** The automatic rounds are started on the bureau's behalf, as this actor (the round's 发起人 and the audit line). */
export const automaticActor: Pick<Staff, '_id' | 'name'> = { _id: 'automatic-rounds', name: '自动轮次' };

/** Offers that gave their place back to the waiting lists. */
const givenBack = ['declined', 'expired', 'refused'] as const;

export async function latestRoundOf(year: number): Promise<UnifiedRound | null> {
  const [round] = await records.unifiedRounds.find({ year }, { orderBy: [['round', 'desc']], limit: 1 });
  return round ?? null;
}

/** Whether 补录 is open: a unified season's rounds have ended (a school season's desk is always its own). */
export async function supplementaryOpen(season: Pick<Season, 'year' | 'admissionMode'>): Promise<UnifiedRound['closed'] | null> {
  if (season.admissionMode !== 'unified') return null;
  return (await latestRoundOf(season.year))?.closed ?? null;
}

/** The forms among these that hold a live offer of the rounds (held or accepted), at any school: 补录 never admits them (R25). */
export async function liveOfferForms(formIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(formIds)];
  const live = new Set<string>();
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    const found = await records.unifiedOffers.find({ formId: _.in(chunk), status: _.in(['held', 'accepted']) }, { limit: chunk.length });
    for (const o of found) live.add(o.formId);
  }
  return live;
}

/** Where the next automatic round stands. */
export type NextRound =
  | { kind: 'bureau' }
  | { kind: 'notStarted' }
  | { kind: 'closed'; closed: NonNullable<UnifiedRound['closed']> }
  | { kind: 'busy'; round: number }
  | { kind: 'limit'; after: number }
  | { kind: 'windowEnded' }
  /** some offers still wait for their families, the last day to answer `by` (the hourly timer expires them after) */
  | { kind: 'answers'; round: number; by: Date | null }
  /** settled, but no place was given back since the latest round, or nobody waits */
  | { kind: 'nothing'; round: number }
  /** due; `blocked` when the timer's last try was refused, in the refusal's words */
  | { kind: 'ready'; round: number; blocked?: string };

/** Where the season's next automatic round stands: a few counts, read each minute by the timer and by the bureau's page. */
export async function nextAutomaticRound(season: Season, at: Date): Promise<NextRound> {
  if (season.admissionMode !== 'unified' || season.laterRounds !== 'automatic') return { kind: 'bureau' };
  const latest = await latestRoundOf(season.year);
  if (!latest) return { kind: 'notStarted' };
  if (latest.closed) return { kind: 'closed', closed: latest.closed };
  if (latest.status !== 'committed') return { kind: 'busy', round: latest.round };
  if (latest.round >= season.maxRounds) return { kind: 'limit', after: latest.round };
  if (isPast(season.admission, at)) return { kind: 'windowEnded' };
  const round = latest.round + 1;
  const [waiting] = await records.unifiedOffers.find({ year: season.year, status: 'held' }, { orderBy: [['respondBy', 'desc']], limit: 1 });
  if (waiting) return { kind: 'answers', round, by: waiting.respondBy };
  const back = await records.unifiedOffers.count({ year: season.year, status: _.in([...givenBack]), answeredAt: _.gte(latest.startedAt) });
  // a round stored before its waiting places were counted: assume someone waits
  const someoneWaits = (latest.waitingBuckets ?? 1) > 0;
  if (!(back > 0 && someoneWaits)) return { kind: 'nothing', round };
  return latest.automaticBlocked ? { kind: 'ready', round, blocked: latest.automaticBlocked.message } : { kind: 'ready', round };
}

/**
 * The timer's turn (unifiedCommitContinue, when no round is being applied): commits the next round
 * when it is due, or closes the rounds when the automatic limit is reached. Another caller holding
 * the round (a bureau admin pressing at the same moment) is not an error: that round runs once.
 */
export async function runAutomaticRound(season: Season, at: Date, budgetMs = COMMIT_BUDGET_MS): Promise<CommitProgress | null> {
  const next = await nextAutomaticRound(season, at);
  if (next.kind === 'limit') {
    await closeRounds(season, null, next.after, at).catch(ignoreRace);
    return null;
  }
  if (next.kind !== 'ready') return null;
  return commitRound(season, automaticActor, at, budgetMs, next.round).catch(async (error: unknown) => {
    if (isRace(error)) return null;
    // refused for a reason someone must act on: said on the bureau's page, and tried again next minute
    if (error instanceof Failure)
      await records.unifiedRounds.update(unifiedRoundIdOf(season.year, next.round - 1), { automaticBlocked: { at, message: error.message } });
    throw error;
  });
}

const raced = [admissionFailures.roundBusy().message, admissionFailures.roundsClosed().message];
const isRace = (error: unknown) => error instanceof Failure && raced.includes(error.message);
function ignoreRace(error: unknown): null {
  if (isRace(error)) return null;
  throw error;
}

/**
 * Ends the rounds after round `after` (the latest, committed): by a bureau admin (`staff`), or by the
 * timer at the automatic limit. In one transaction that writes the round, as the next round's claim
 * does (commit.ts), so a close and a commit of the next round at the same moment cannot both happen.
 * Closing again answers the end as it was.
 */
export async function closeRounds(
  season: Season,
  staff: Pick<Staff, '_id' | 'name'> | null,
  after: number,
  at: Date,
): Promise<NonNullable<UnifiedRound['closed']>> {
  unifiedSeason(season);
  const id = unifiedRoundIdOf(season.year, after);
  return inTransaction(async (tx) => {
    const [round, next] = await Promise.all([tx.unifiedRounds.get(id), tx.unifiedRounds.get(unifiedRoundIdOf(season.year, after + 1))]);
    if (round?.closed) return round.closed;
    if (next) throw admissionFailures.roundsCloseStale(next.round);
    if (!round || round.status !== 'committed') throw admissionFailures.roundsNotClosable(round ? round.round : null);
    const closed = { at, why: staff ? ('bureau' as const) : ('limit' as const), byName: staff?.name ?? automaticActor.name };
    await tx.unifiedRounds.update(id, { closed, touchedAt: at });
    await audit(staff ?? automaticActor, { action: 'unified.close', subjectId: id, at, after: { round: after, why: closed.why } }, tx);
    return closed;
  });
}

/** The next automatic round in words, for the bureau's page. */
export function nextRoundInWords(next: NextRound, season: Pick<Season, 'maxRounds'>): string {
  switch (next.kind) {
    case 'bureau':
      return '第二轮起由教育局在本页确认每一轮。';
    case 'notStarted':
      return '确认第1轮之后，系统会在家庭答复结束后自动进行下一轮。';
    case 'closed':
      return '统一录取的轮次已经结束。';
    case 'busy':
      return `第${next.round}轮正在确认中。`;
    case 'limit':
      return `已进行到第${next.after}轮（最多 ${season.maxRounds} 轮），不再自动进行新的一轮，轮次即将结束，转入补录。`;
    case 'windowEnded':
      return '录取时间已经结束，不再进行新的一轮。';
    case 'answers':
      return next.by
        ? `第${next.round}轮将在所有家庭答复之后自动进行；最晚答复期限是 ${formatMoment(next.by)}，逾期未答复的在此后一小时内视为放弃，随后约一分钟内开始。`
        : `第${next.round}轮将在所有家庭答复之后自动进行。`;
    case 'nothing':
      return `家庭都已答复，目前没有放弃或退回的名额需要递补；一旦有名额退回，约一分钟内自动进行第${next.round}轮。`;
    case 'ready':
      return next.blocked ? `第${next.round}轮应自动进行，但没能开始：${next.blocked} 处理后约一分钟内会再试。` : `第${next.round}轮将在一分钟内自动进行。`;
  }
}

/** What 我的志愿 tells a form the rounds left unplaced, once they have ended (补录). */
export interface FamilySupplementary {
  lines: string[];
  /** the form's own choices that still have places, in its order */
  places: Array<{ schoolName: string; majorName: string; left: number }>;
}

/**
 * 补录 on 我的志愿: for each active form still unplaced after the rounds ended (within the admission
 * window), that the rounds are over and schools may now admit and contact them, and which of the
 * form's own choices still have places (the approved brochure's plan less the places held: the
 * admission desk's own count). A brochure read per school chosen and one read of the places.
 */
export async function familySupplementaryOf(
  season: Season,
  forms: ReadonlyArray<Pick<ChoiceFormRecord, '_id' | 'status' | 'placement' | 'choices'>>,
  at: Date,
): Promise<Map<string, FamilySupplementary>> {
  const shown = new Map<string, FamilySupplementary>();
  const unplaced = forms.filter((f) => f.status === 'active' && f.placement === 'none');
  if (!unplaced.length || isPast(season.admission, at)) return shown;
  const closed = await supplementaryOpen(season);
  if (!closed) return shown;
  const schoolIds = [...new Set(unplaced.flatMap((f) => f.choices.map((c) => c.schoolId)))];
  const planned = new Map(await Promise.all(schoolIds.map(async (id) => [id, await plannedMajors(id, season.year)] as const)));
  const placeIds = unplaced.flatMap((f) => f.choices.map((c) => admissionPlacesId(c.schoolId, season.year, c.majorId)));
  const held = new Map((await records.admissionPlaces.find({ _id: _.in([...new Set(placeIds)]) }, { limit: placeIds.length })).map((p) => [p._id, p.held]));
  for (const form of unplaced) {
    const places = [...form.choices]
      .sort((a, b) => a.rank - b.rank)
      .flatMap((c) => {
        const major = planned.get(c.schoolId)?.find((m) => m.majorId === c.majorId);
        const left = major ? placesLeft(major.places, held.get(admissionPlacesId(c.schoolId, season.year, c.majorId)) ?? 0) : 0;
        return left > 0 ? [{ schoolName: c.schoolName, majorName: c.majorName, left }] : [];
      });
    shown.set(form._id, {
      lines: [
        `统一录取的各轮已于 ${formatDate(closed.at)} 结束，孩子目前还没有被录取。现在进入补录：还有空余名额的学校可以直接录取还没有被录取的学生，可能会联系您，您也可以主动联系学校。`,
        places.length ? '您填报的志愿中，下面这些专业目前还有空余名额：' : '您填报的志愿目前都已经没有空余名额；其他还有名额的学校仍可能联系您。',
        '学校录取孩子后，这里和消息通知都会告诉您。',
      ],
      places,
    });
  }
  return shown;
}
