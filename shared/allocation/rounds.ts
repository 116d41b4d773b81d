import { allocate, prepare, run, type AllocationResult, type ChoiceList, type Offer, type StudentOutcome } from './allocate';
import { choiceKey, givesUpSchool, roundInputSchema, type AllocationInput, type Decision, type RoundInput } from './schema';

/**
 * The next round (R26: "places that families decline go to those waiting, in rounds the bureau
 * runs"). Kept simple on purpose: the same deferred acceptance is run again over the season's export
 * as it stands, with three changes per student —
 * - an offer `held` (not answered yet) or `accepted` is KEPT: at that major the student comes before
 *   every other applicant, so they keep it or move up to a choice they ranked higher when a place
 *   there opens; never down (then the commit releases the old place: R25, one admission);
 * - a `declined` or `expired` offer is never offered again, nor anything ranked below it: the family
 *   said no to a place it preferred to those; it keeps waiting only on choices ranked above it — at
 *   other schools: giving up a school's admission ends the student's record there (its lead is
 *   released for good, shared/lead-steps.ts), so an offer of another of its majors could never be
 *   applied and would only keep the place from the next student waiting on it;
 * - a `refused` offer (the school's stated reason) is not offered again; the student's other choices,
 *   above and below, stay in play — the refusal was not the family's doing.
 * Released places need no bookkeeping: a place is free when nobody keeps it, and the majors' places
 * may be raised in the export. Everyone else is placed exactly as the first round would place them
 * now, so the waiting lists move in priority order. A student who withdrew is left out of the export.
 */
export interface RoundStudentOutcome extends StudentOutcome {
  /** the offer kept from the earlier round, if any */
  previous: Offer | null;
  /** `new`: an offer where there was none; `moved`: a better choice replaces the kept one; `kept`: unchanged; `none`: no offer */
  change: 'new' | 'moved' | 'kept' | 'none';
}

export interface RoundResult extends Omit<AllocationResult, 'students'> {
  students: RoundStudentOutcome[];
}

/** The next round, from an input parsed by `roundInputSchema`. */
export function nextRound(input: RoundInput): RoundResult {
  const plan = prepare(input);
  const decisionsOf = new Map<string, Decision[]>();
  for (const d of input.decisions) decisionsOf.set(d.studentId, [...(decisionsOf.get(d.studentId) ?? []), d]);

  const kept = new Int32Array(plan.students.length).fill(-1);
  const previous: (Offer | null)[] = [];
  const lists: ChoiceList[] = plan.students.map((student, s) => {
    const decisions = decisionsOf.get(student.studentId) ?? [];
    const statusAt = new Map(decisions.map((d) => [choiceKey(d), d.status]));
    const ranks = student.choices.map((c) => statusAt.get(choiceKey(c)));
    const keptRank = ranks.findIndex((st) => st === 'held' || st === 'accepted');
    const firstDeclined = ranks.findIndex(givesUpSchool);
    const givenUp = new Set(student.choices.filter((_c, rank) => givesUpSchool(ranks[rank])).map((c) => c.schoolId));
    previous[s] = null;
    const list: ChoiceList = [];
    student.choices.forEach((c, rank) => {
      if (rank === keptRank) {
        list.push({ major: plan.majorOf(c), rank });
        return;
      }
      if (ranks[rank] === 'refused') return;
      if (firstDeclined >= 0 && rank >= firstDeclined) return;
      if (givenUp.has(c.schoolId)) return;
      // a student keeping a place never competes for a choice they ranked below it
      if (keptRank >= 0 && rank > keptRank) return;
      list.push({ major: plan.majorOf(c), rank });
    });
    const keptChoice = student.choices[keptRank];
    if (keptChoice) {
      kept[s] = plan.majorOf(keptChoice);
      previous[s] = { schoolId: keptChoice.schoolId, majorId: keptChoice.majorId, rank: keptRank + 1 };
    }
    return list;
  });

  const result = run(plan, lists, kept);
  return {
    ...result,
    students: result.students.map((outcome, s) => {
      const before = previous[s] ?? null;
      const change = !outcome.offer ? 'none' : !before ? 'new' : before.rank === outcome.offer.rank ? 'kept' : 'moved';
      return { ...outcome, previous: before, change };
    }),
  };
}

/**
 * Round `number` over an export and the earlier offers' outcomes: the first round is the
 * allocation afresh (earlier outcomes there are none), a later one `nextRound`. The one home of
 * which a round runs: the commit computes a round with it, and the command that recomputes a
 * published round (scripts/recompute-round.ts) runs the same.
 */
export function roundOf(number: number, input: AllocationInput, decisions: readonly Decision[]): AllocationResult | RoundResult {
  return number > 1 ? nextRound(roundInputSchema.parse({ ...input, decisions })) : allocate(input);
}
