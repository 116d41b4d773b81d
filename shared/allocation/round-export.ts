import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { compareText, type AllocationResult } from './allocate';
import { roundOf, type RoundResult } from './rounds';
import {
  allocationInputSchema,
  choiceKey,
  MAX_ALLOCATION_CHOICES,
  MAX_ALLOCATION_MAJORS,
  MAX_ALLOCATION_STUDENTS,
  offerStatusSchema,
  roundInputSchema,
  type AllocationInput,
  type Decision,
} from './schema';
import { sha256Hex } from './sha256';

/**
 * R26: the file the bureau publishes for each round of 统一录取 (`unifiedRoundExport`), and its
 * recomputation from that file alone (`npm run recompute -- <file>`, scripts/recompute-round.ts).
 *
 * The file is canonical JSON (shared/canonical-json.ts: keys in code-unit order, no spaces; schools
 * by id, majors by school then major, students by pseudonym; the priorities in their order, which
 * is the rule), gzip-compressed (a city's is about 8 MB as text, 2 MB compressed). It holds:
 * - the round's inputs as the commit read them: the season's `priorities`, the revealed `seed` and
 *   the `seedCommitment` published before the deadline, each school's kind and district, each
 *   major's places (`majors`, numbered from 0 by their place in the list), and every student by a
 *   pseudonym (`studentId`: a keyed hash — it names nobody, and without the service's key nobody can
 *   find a student's pseudonym by hashing ID numbers) with the ranked `choices` (numbers into
 *   `majors`) and the facts the priorities read: `district` (生源地), learner `group`, and the 中考
 *   `score` when the season's priorities use one;
 * - `earlier` (a later round): what had become of the student's earlier offers when the round ran,
 *   by the rank of the choice — held, accepted, declined, expired, or refused by the school;
 * - `offer`: the result — the rank of the choice the student was offered after the round, or null;
 * - `exportDigest`: SHA-256 of the canonical allocation input (schools, majors, students with their
 *   choices as school and major ids, priorities, seed, commitment), the digest the bureau's page
 *   showed when the round was committed.
 * Each choice is written as a number and each student once, so that a city's file stays inside
 * the function's 6 MB answer (scripts/export-sizes.ts).
 */
export const ROUND_EXPORT_FORMAT = 'zz-unified-round/1';

/** How the numbers are recomputed, in the file itself, for whoever opens it. */
export const ROUND_EXPORT_METHOD =
  '本文件是统一录取一轮的全部输入和结果。majors 是各校专业及计划数，按在列表中的位置从 0 编号；每名学生的 choices 按志愿顺序列出专业的编号，' +
  'offer 是本轮后录取到的第几志愿（null 为未录取），earlier 是此前各轮录取结果在本轮开始时的状态（键为第几志愿）。' +
  '抽签号 = SHA-256(种子 + ":" + 学生编号) 的前 12 位十六进制数（按无符号整数读，小者在前）；' +
  '种子的承诺值 = SHA-256("zz-allocation-seed:" + 种子)，在志愿填报截止前公布。录取按学生志愿顺序进行延迟接受（学生提出）分配：' +
  '各专业按录取规则（priorities 的顺序，最后是抽签号）保留优先的学生，不超过计划数。第 2 轮起，已保留或接受的录取保留，' +
  '放弃或逾期未答复的志愿及排在其后的志愿不再录取，学校不予录取的志愿不再录取。学生编号是不可逆的散列值，不含姓名和身份证号。' +
  '用本项目的 npm run recompute -- <文件> 可以只凭本文件重新计算全部结果。';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位十六进制');
const rankSchema = z.number().int().min(1).max(MAX_ALLOCATION_CHOICES);

/** A student as the file holds them; the fields the allocation reads are checked by its own schema once unpacked. */
export const packedStudentSchema = z.object({
  studentId: z.string(),
  choices: z.array(z.number().int().min(0).max(MAX_ALLOCATION_MAJORS)).max(MAX_ALLOCATION_CHOICES * 2),
  district: z.string(),
  group: z.string(),
  score: z.number().optional(),
  /** by the choice's rank ("1" first) */
  earlier: z.record(z.string().regex(/^[1-9]$/, '应为志愿的序号'), offerStatusSchema).optional(),
  /** the rank of the choice offered after the round; null: none; absent in what the commit stores before it has a result */
  offer: rankSchema.nullable().optional(),
});
export type PackedStudent = z.infer<typeof packedStudentSchema>;

export const roundExportFileSchema = z.object({
  format: z.literal(ROUND_EXPORT_FORMAT, { error: `不是统一录取的导出文件（format 应为 ${ROUND_EXPORT_FORMAT}）` }),
  method: z.string(),
  year: z.number().int(),
  round: z.number().int().min(1).max(20),
  exportDigest: hex64,
  priorities: z.array(z.unknown()),
  seed: z.string(),
  seedCommitment: z.string(),
  schools: z.array(z.unknown()),
  majors: z.array(z.object({ schoolId: z.string(), majorId: z.string(), places: z.number() })).max(MAX_ALLOCATION_MAJORS),
  students: z.array(packedStudentSchema).max(MAX_ALLOCATION_STUDENTS),
  placed: z.number().int().min(0).optional(),
  unplaced: z.number().int().min(0).optional(),
});
export type RoundExportFile = z.infer<typeof roundExportFileSchema>;

/** What a round's commit stores of its inputs (and the export publishes): the allocation's input and the earlier offers' outcomes. */
export interface RoundInputs {
  input: AllocationInput;
  decisions: Decision[];
}

/** One student's offer after a round (the choice's school, major and rank), or null. */
export interface RoundExportOffer {
  schoolId: string;
  majorId: string;
  rank: number;
}
export interface RoundExportResult {
  studentId: string;
  offer: RoundExportOffer | null;
}

/** The inputs in the file's order, so the same inputs always give the same text. */
export function orderedInput(input: AllocationInput): AllocationInput {
  return {
    ...input,
    schools: input.schools.slice().sort((a, b) => compareText(a.schoolId, b.schoolId)),
    majors: input.majors.slice().sort((a, b) => compareText(a.schoolId, b.schoolId) || compareText(a.majorId, b.majorId)),
    students: input.students.slice().sort((a, b) => compareText(a.studentId, b.studentId)),
  };
}

/** SHA-256 of the canonical allocation input: the round's `exportDigest`. */
export function inputDigest(input: AllocationInput): string {
  return sha256Hex(canonicalJson(orderedInput(input)));
}

/** Each student's offer after a round, by id, from the allocation's outcome. */
export function resultOf(outcome: AllocationResult | RoundResult): RoundExportResult[] {
  return outcome.students
    .map((s) => ({ studentId: s.studentId, offer: s.offer ? { schoolId: s.offer.schoolId, majorId: s.offer.majorId, rank: s.offer.rank } : null }))
    .sort((a, b) => compareText(a.studentId, b.studentId));
}

/**
 * A round as the file holds it. Without `result` (what the commit stores before its offers are
 * applied), the students carry no `offer`. A decision about a student no longer in the input (their
 * form withdrawn since) is left out: the round ignores it.
 */
export function packRound(year: number, round: number, inputs: RoundInputs, result?: ReadonlyMap<string, RoundExportOffer | null>): RoundExportFile {
  const input = orderedInput(inputs.input);
  const majorIndex = new Map(input.majors.map((m, i) => [choiceKey(m), i]));
  const earlierOf = new Map<string, Decision[]>();
  for (const d of inputs.decisions) earlierOf.set(d.studentId, [...(earlierOf.get(d.studentId) ?? []), d]);
  let placed = 0;
  const students = input.students.map((s): PackedStudent => {
    const keys = s.choices.map(choiceKey);
    const earlier = earlierOf.get(s.studentId);
    const offer = result?.get(s.studentId);
    if (offer) placed += 1;
    return {
      studentId: s.studentId,
      choices: keys.map((k) => majorIndex.get(k) ?? -1),
      district: s.district,
      group: s.group,
      ...(s.score !== undefined ? { score: s.score } : {}),
      ...(earlier?.length ? { earlier: Object.fromEntries(earlier.map((d) => [String(keys.indexOf(choiceKey(d)) + 1), d.status])) } : {}),
      ...(result ? { offer: offer ? offer.rank : null } : {}),
    };
  });
  return {
    format: ROUND_EXPORT_FORMAT,
    method: ROUND_EXPORT_METHOD,
    year,
    round,
    exportDigest: inputDigest(input),
    priorities: input.priorities,
    seed: input.seed,
    seedCommitment: input.seedCommitment,
    schools: input.schools,
    majors: input.majors,
    students,
    ...(result ? { placed, unplaced: students.length - placed } : {}),
  };
}

/** Unpacked: the allocation's input (unchecked: parse it), the earlier outcomes, the file's result; or what is wrong with the numbers. */
export function unpackRound(file: RoundExportFile): { input: Record<string, unknown>; decisions: Decision[]; result: RoundExportResult[]; problems: string[] } {
  const problems: string[] = [];
  const majorAt = (i: number) => file.majors[i];
  const decisions: Decision[] = [];
  const result: RoundExportResult[] = [];
  const students = file.students.map((s) => {
    const choices = s.choices.map((i) => {
      const m = majorAt(i);
      if (!m) problems.push(`学生 ${s.studentId} 的志愿中有不存在的专业编号 ${i}`);
      return { schoolId: m?.schoolId ?? '', majorId: m?.majorId ?? '' };
    });
    for (const [rank, status] of Object.entries(s.earlier ?? {})) {
      const c = choices[Number(rank) - 1];
      if (!c) problems.push(`学生 ${s.studentId} 没有第 ${rank} 志愿，却有此前的录取结果`);
      else decisions.push({ studentId: s.studentId, ...c, status });
    }
    const offered = s.offer ? choices[s.offer - 1] : null;
    if (s.offer && !offered) problems.push(`学生 ${s.studentId} 没有第 ${s.offer} 志愿，却录取到这一志愿`);
    result.push({ studentId: s.studentId, offer: offered && s.offer ? { ...offered, rank: s.offer } : null });
    return { studentId: s.studentId, choices, district: s.district, group: s.group, ...(s.score !== undefined ? { score: s.score } : {}) };
  });
  const input = { schools: file.schools, majors: file.majors, students, priorities: file.priorities, seed: file.seed, seedCommitment: file.seedCommitment };
  return { input, decisions, result, problems };
}

export interface RoundDifference {
  studentId: string;
  /** as the file says (`undefined`: the student is missing from the file's result) */
  published: RoundExportOffer | null | undefined;
  /** as recomputed (`undefined`: the student is not in the file's input) */
  recomputed: RoundExportOffer | null | undefined;
}

export interface RecomputeReport {
  /** true only when the inputs are consistent and every student's recomputed offer is the published one */
  matches: boolean;
  /** what stops the file from being recomputed at all, or does not agree with itself, in Chinese */
  problems: string[];
  differences: RoundDifference[];
  year: number | null;
  round: number | null;
  students: number;
  placed: number;
  exportDigest: string | null;
}

const offerText = (o: RoundExportOffer | null | undefined) =>
  o === undefined ? '（没有这名学生）' : o === null ? '未录取' : `${o.schoolId} / ${o.majorId}（第 ${o.rank} 志愿）`;

/** One line per difference, for the command's output. */
export function differenceText(d: RoundDifference): string {
  return `学生 ${d.studentId}：公布的结果为 ${offerText(d.published)}，重新计算为 ${offerText(d.recomputed)}`;
}

const sameOffer = (a: RoundExportOffer | null | undefined, b: RoundExportOffer | null | undefined) =>
  a === b || (Boolean(a) && Boolean(b) && a?.schoolId === b?.schoolId && a?.majorId === b?.majorId && a?.rank === b?.rank);

function issuesText(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.slice(0, 50).map((i) => `${i.path.length ? `${i.path.join('.')}：` : ''}${i.message}`);
}

/**
 * Recomputes a published round from its file alone: the lottery numbers from the revealed seed (the
 * seed checked against its commitment), the round by the same module the commit ran (`roundOf`),
 * and each student's offer compared with the file's.
 */
export function recomputeRoundExport(raw: unknown): RecomputeReport {
  const report: RecomputeReport = { matches: false, problems: [], differences: [], year: null, round: null, students: 0, placed: 0, exportDigest: null };
  // not an export at all: said once, not field by field
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== ROUND_EXPORT_FORMAT) return { ...report, problems: [`不是统一录取的导出文件（format 应为 ${ROUND_EXPORT_FORMAT}）`] };
  const file = roundExportFileSchema.safeParse(raw);
  if (!file.success) return { ...report, problems: issuesText(file.error.issues) };
  const { year, round } = file.data;
  Object.assign(report, { year, round, exportDigest: file.data.exportDigest });
  const unpacked = unpackRound(file.data);
  if (unpacked.problems.length) return { ...report, problems: unpacked.problems.slice(0, 50) };
  const { decisions, result } = unpacked;
  const parsed = round > 1 ? roundInputSchema.safeParse({ ...unpacked.input, decisions }) : allocationInputSchema.safeParse(unpacked.input);
  if (!parsed.success) return { ...report, problems: issuesText(parsed.error.issues) };
  const { decisions: _d, ...input } = parsed.data as AllocationInput & { decisions?: Decision[] };
  if (round === 1 && decisions.length) report.problems.push('第 1 轮之前没有录取结果，不应有 earlier');
  const digest = inputDigest(input);
  if (digest !== file.data.exportDigest)
    report.problems.push(`输入数据的摘要是 ${digest}，与文件中记录的 ${file.data.exportDigest} 不符：输入在公布后被改动过`);
  if (file.data.students.some((s) => s.offer === undefined)) report.problems.push('文件中有学生没有录取结果（offer）');
  const placed = result.filter((r) => r.offer).length;
  if (placed !== file.data.placed || result.length - placed !== file.data.unplaced) report.problems.push('文件中的录取人数、未录取人数与各学生的结果不符');

  const recomputed = resultOf(roundOf(round, input, decisions));
  const published = new Map(result.map((r) => [r.studentId, r.offer]));
  for (const r of recomputed) {
    const mine = published.get(r.studentId);
    if (!sameOffer(mine, r.offer)) report.differences.push({ studentId: r.studentId, published: mine, recomputed: r.offer });
  }
  report.students = recomputed.length;
  report.placed = recomputed.filter((r) => r.offer).length;
  report.matches = report.problems.length === 0 && report.differences.length === 0;
  return report;
}
