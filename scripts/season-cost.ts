/**
 * The pure arithmetic of the season-cost bench (scripts/bench-season-cost.ts): how the emulator's
 * count of SDK requests becomes CloudBase's reads and writes, what a run costs in GB-seconds, and
 * which package holds a season. Kept apart from the bench so tests/unit/season-cost.test.ts checks
 * it without starting an emulator.
 */
import type { CloudbasePlan } from '../config/cloudbase-limits';

/**
 * The database requests the platform bills as reads: a document or query read, a count, an
 * aggregation — inside a transaction or not.
 */
const READS = new Set(['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments']);

/**
 * Billed as writes: every request that changes data, and a transaction's start, commit and abort.
 * ../shared/CLOUDBASE.md counts a transaction as the requests it makes ("a submit that makes 8
 * requests spends 8 of the day's operations", its start and commit among them), and uniCloud's copy
 * of the package table says a request is billed once whenever it is made, whatever it touches. So
 * each operation inside a transaction is billed by its own kind (a read inside is a read), and the
 * start, commit and abort are billed as writes: they are part of writing, and the write quota is
 * the smaller of the two, so this errs on the side of the bill. `modifyAndReturnDoc` (an atomic
 * increment, the recruiters' turn) is a write; an `insertDocument` of several documents is one
 * request, as CLOUDBASE.md counts it.
 */
const WRITES = new Set([
  'database.insertDocument',
  'database.modifyDocument',
  'database.modifyAndReturnDoc',
  'database.removeDocument',
  'database.addCollection',
  'database.startTransaction',
  'database.commitTransaction',
  'database.abortTransaction',
]);

export interface Billed {
  reads: number;
  writes: number;
  /** requests that are not database operations (a call to WeChat's open API): not in either quota */
  other: number;
}

/** The emulator's count of one invocation (`byAction`), as CloudBase bills it. */
export function billed(byAction: Record<string, number>): Billed {
  const out: Billed = { reads: 0, writes: 0, other: 0 };
  for (const [action, n] of Object.entries(byAction)) {
    if (READS.has(action)) out.reads += n;
    else if (WRITES.has(action)) out.writes += n;
    else if (action.startsWith('database.')) throw new Error(`season-cost: unclassified database request ${action}`);
    else out.other += n;
  }
  return out;
}

/** GB-seconds of one run: the function's memory × its time, rounded up to the billing step. */
export function gbSeconds(memoryMb: number, runMs: number, stepMs: number): number {
  const billedMs = Math.max(1, Math.ceil(runMs / stepMs)) * stepMs;
  return (memoryMb / 1024) * (billedMs / 1000);
}

/** What a season asks of a package: the peak day, its busiest minute and the busiest month. */
export interface Demand {
  readsPerDay: number;
  writesPerDay: number;
  qps: number;
  connections: number;
  gbSecondsPerMonth: number;
  invocationsPerMonth: number;
}

type Measure = keyof Demand;
const measures: Measure[] = ['readsPerDay', 'writesPerDay', 'qps', 'connections', 'gbSecondsPerMonth', 'invocationsPerMonth'];

export interface PlanFit {
  plan: CloudbasePlan;
  /** each published quota the demand with its headroom exceeds: the measure and demand ÷ quota */
  over: Array<{ measure: Measure; ratio: number }>;
  /** measures the package's table does not publish: not checked */
  unpublished: Measure[];
}

/** How one package meets the demand with `headroom` (0.3: the demand × 1.3 must fit each quota). */
export function fit(plan: CloudbasePlan, demand: Demand, headroom: number): PlanFit {
  const over: PlanFit['over'] = [];
  const unpublished: Measure[] = [];
  for (const measure of measures) {
    const quota = plan[measure];
    if (quota === null) {
      unpublished.push(measure);
      continue;
    }
    const needed = demand[measure] * (1 + headroom);
    if (needed > quota) over.push({ measure, ratio: needed / quota });
  }
  return { plan, over, unpublished };
}

/**
 * The smallest package (`plans` smallest first) whose every published quota holds the demand with
 * the headroom; `chosen` is null when none does. Every package's fit is returned for the table.
 */
export function choosePlan(plans: readonly CloudbasePlan[], demand: Demand, headroom = 0.3): { chosen: PlanFit | null; fits: PlanFit[] } {
  const fits = plans.map((plan) => fit(plan, demand, headroom));
  return { chosen: fits.find((f) => f.over.length === 0) ?? null, fits };
}
