import { z } from 'zod';
import { priorityOrderSchema } from '../allocation/schema';
import { idSchema } from '../records/common';
import { line, token } from '../text';
import { uploadedFile } from './registry';
import { admissionModeSchema, laterRoundsSchema } from '../records/season';
import { offerRefusalReasonSchema, offerVoidReasonSchema, shownOfferStatusSchema } from '../unified-offer';

/**
 * R26, 统一录取: the lottery seed's commitment and reveal (bureau), what families read of them
 * (public), and the bureau's dry run, which changes nothing.
 */

/** `lotterySeedPublish`: the server draws the seed and publishes its commitment, before the choice deadline. */
export const lotterySeedPublishInput = z.object({}).strict();
export const lotterySeedPublishOutput = z.object({ year: z.number().int(), commitment: z.string(), publishedAt: z.string() });

/** `lotterySeedReveal`: after the choice deadline, the seed is published beside its commitment. */
export const lotterySeedRevealInput = z.object({}).strict();
export const lotterySeedRevealOutput = z.object({ year: z.number().int(), seed: z.string(), commitment: z.string(), revealedAt: z.string() });

/** `lotterySeed`: what anyone reads — the way of admission, its priorities, the commitment, and the seed once revealed. */
export const lotterySeedInput = z.object({}).strict();
export const lotterySeedOutput = z.object({
  year: z.number().int(),
  admissionMode: admissionModeSchema,
  priorities: priorityOrderSchema,
  /** the priorities in words, the lottery last */
  prioritiesText: z.string(),
  /** the last day of choices (Shanghai calendar): the seed is revealed only after it */
  choiceDeadline: z.string(),
  commitment: z.string().nullable(),
  publishedAt: z.string().nullable(),
  seed: z.string().nullable(),
  revealedAt: z.string().nullable(),
});
export type LotterySeedView = z.infer<typeof lotterySeedOutput>;

/** `unifiedDryRun`: the allocation over the season's forms as they stand, answered and not stored. */
export const unifiedDryRunInput = z.object({}).strict();
export const unifiedDryRunOutput = z.object({
  year: z.number().int(),
  seed: z.string(),
  commitment: z.string(),
  /** SHA-256 of the export as JSON: the same export gives the same result, recomputable by anyone who holds it */
  exportDigest: z.string(),
  students: z.number().int(),
  placed: z.number().int(),
  unplaced: z.number().int(),
  /** why the unplaced are unplaced, each with how many */
  unplacedWhy: z.array(z.object({ why: z.enum(['no-places', 'full-at-higher-priority']), label: z.string(), count: z.number().int() })),
  majors: z.array(
    z.object({
      schoolId: z.string(),
      schoolName: z.string(),
      majorId: z.string(),
      majorName: z.string(),
      places: z.number().int(),
      filled: z.number().int(),
      waiting: z.number().int(),
      /** the priority of the last student admitted, in words; null when nobody was */
      lastAdmitted: z.string().nullable(),
    }),
  ),
});
export type UnifiedDryRun = z.infer<typeof unifiedDryRunOutput>;

/**
 * `unifiedCommit`: starts or continues the commit of a round (domains/admission/unified/commit.ts):
 * round 1 over every form, a later one once the one before is committed.
 * A city's round is more than one call: the answer says how far it has gone, and the bureau's page
 * calls again (or the timer goes on) until it is `committed`.
 */
export const unifiedCommitInput = z
  .object({ round: z.number({ error: '请选择要确认的轮次' }).int('请选择要确认的轮次').min(1, '请选择要确认的轮次').max(20, '最多进行 20 轮') })
  .strict();
export const unifiedCommitOutput = z.object({
  round: z.number().int(),
  status: z.enum(['offering', 'applying', 'committed']),
  offers: z.number().int(),
  applied: z.number().int(),
  /** offers not applied: something changed between the allocation and the applying */
  void: z.number().int(),
  /** the void offers by their reason, in words (shared/unified-offer.ts offerVoidReasons); empty when none */
  voided: z.array(z.object({ reason: offerVoidReasonSchema, label: z.string(), count: z.number().int() })),
});
export type UnifiedCommitProgress = z.infer<typeof unifiedCommitOutput>;

/** `unifiedCommitContinue` (timers): goes on with a round a caller left applying; in a season of automatic rounds, starts the next one when it is due (`automatic`: its number). */
export const unifiedCommitContinueInput = z.object({}).strict();
export const unifiedCommitContinueOutput = z.object({
  continued: z.boolean(),
  applied: z.number().int(),
  automatic: z.number().int().nullable().default(null),
});

/** `offerAnswer` (family): accepts or declines the form's offer of 统一录取, by its day to answer. */
export const offerAnswerInput = z.object({ formId: idSchema, answer: z.enum(['accept', 'decline'], { error: '请选择接受或放弃' }) }).strict();
export const offerAnswerOutput = z.object({ status: z.enum(['accepted', 'declined']) });

/** `offerExpire` (timers): offers past their day to answer expire, their places given back. */
export const offerExpireInput = z.object({}).strict();
export const offerExpireOutput = z.object({ expired: z.number().int() });

/** `schoolOffers` (school admin): the school's offers of this year's 统一录取, with each family's answer. */
export const schoolOffersInput = z.object({}).strict();
export const schoolOffersOutput = z.object({
  year: z.number().int(),
  unified: z.boolean(),
  offers: z.array(
    z.object({
      leadId: z.string(),
      studentName: z.string(),
      majorName: z.string(),
      rank: z.number().int(),
      round: z.number().int(),
      status: shownOfferStatusSchema,
      statusLabel: z.string(),
      respondBy: z.string().nullable(),
      refusedReason: z.string().nullable(),
    }),
  ),
});
export type SchoolOffers = z.infer<typeof schoolOffersOutput>;

/** `offerRefuse` (school admin): refuses one offer, for a reason from the fixed list only. */
export const offerRefuseInput = z.object({ leadId: idSchema, reason: offerRefusalReasonSchema }).strict();
export const offerRefuseOutput = z.object({ refused: z.literal(true) });

/** `unifiedRoundView` (bureau): the year's round as it stands — its progress, the families' answers, each school's refusals with the reason. */
export const unifiedRoundViewInput = z.object({}).strict();
export const unifiedRoundViewOutput = z.object({
  year: z.number().int(),
  round: unifiedCommitOutput.nullable(),
  committedAt: z.string().nullable(),
  exportDigest: z.string().nullable(),
  /** the offers by state, in words */
  answers: z.array(z.object({ status: z.string(), label: z.string(), count: z.number().int() })),
  refusals: z.array(z.object({ schoolName: z.string(), majorName: z.string(), reason: z.string(), staffName: z.string(), at: z.string() })),
  /** who runs the rounds after the first (the season's setting) and where the next one stands, in words */
  laterRounds: z.object({ mode: laterRoundsSchema, label: z.string(), maxRounds: z.number().int(), next: z.string() }),
  /** the rounds' end, when they ended (then 补录) */
  closed: z.object({ afterRound: z.number().int(), at: z.string(), byName: z.string(), why: z.string() }).nullable(),
  /** whether the admin may end the rounds now (the latest round committed, not yet ended) */
  mayClose: z.boolean(),
});
export type UnifiedRoundView = z.infer<typeof unifiedRoundViewOutput>;

/** `unifiedRoundsClose` (bureau admin): ends the rounds after the latest committed round, the one the admin saw; schools then admit those still unplaced (补录). */
export const unifiedRoundsCloseInput = z
  .object({ round: z.number({ error: '请刷新后再结束轮次' }).int('请刷新后再结束轮次').min(1, '请刷新后再结束轮次').max(20, '最多进行 20 轮') })
  .strict();
export const unifiedRoundsCloseOutput = z.object({ round: z.number().int(), closedAt: z.string(), byName: z.string() });

/**
 * `unifiedRoundExport` (bureau admin, sheets): a committed round's file to publish — its inputs as
 * the commit read them (priorities, seed and commitment, places, every student's ranked choices and
 * priority facts by pseudonym, the earlier offers' outcomes) and its result — as canonical JSON,
 * gzip-compressed (shared/allocation/round-export.ts). Anyone recomputes it with
 * `npm run recompute -- <file>`.
 */
export const unifiedRoundExportInput = z
  .object({ round: z.number({ error: '请选择要导出的轮次' }).int('请选择要导出的轮次').min(1, '请选择要导出的轮次').max(20, '最多进行 20 轮') })
  .strict();
export const unifiedRoundExportOutput = z.object({
  year: z.number().int(),
  round: z.number().int(),
  /** e.g. 2027年统一录取第1轮.json.gz */
  fileName: z.string(),
  /** the gzip-compressed JSON file, base64 */
  content: z.string(),
  /** SHA-256 of the uncompressed file: what the bureau publishes beside it */
  fileDigest: z.string(),
  /** SHA-256 of the round's input: the digest shown when the round was committed */
  exportDigest: z.string(),
  students: z.number().int(),
  placed: z.number().int(),
  unplaced: z.number().int(),
});
export type UnifiedRoundExport = z.infer<typeof unifiedRoundExportOutput>;

/**
 * `unifiedScoreImport` (bureau admin, sheets): the year's 中考 scores from a spreadsheet (.xlsx or
 * .csv; columns 身份证号、中考成绩), kept only by the ID number's keyed hash. Without `confirm` it
 * only previews; with `confirm` and the preview's `digest` it applies exactly what was previewed.
 * Refused once the seed is revealed (the allocation's inputs are frozen).
 */
export const unifiedScoreImportInput = z
  .object({
    fileName: line('请选择文件')
      .min(1, '请选择文件')
      .max(100)
      .regex(/\.(xlsx|csv)$/i, '请上传 .xlsx 或 .csv 表格'),
    content: uploadedFile('文件过大（最大 3 MB），请分成几个文件导入'),
    confirm: z.boolean().default(false),
    digest: token().max(80).optional(),
  })
  .strict();
export const unifiedScoreImportOutput = z.object({
  digest: z.string(),
  applied: z.boolean(),
  /** rows read (blank rows not counted) */
  rows: z.number().int(),
  /** scores new, changed and the same as already imported */
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  /** each wrong row with its number in the sheet (the header is row 1), at most 200 */
  problems: z.array(z.object({ row: z.number().int(), message: z.string() })),
  /** whether this year's priorities use the score; if not, the scores are kept but not used */
  usedByPriorities: z.boolean(),
});
export type UnifiedScoreImport = z.infer<typeof unifiedScoreImportOutput>;
