import type { z } from 'zod';

/*
 * The record schemas are required on first use rather than imported: building zod schemas was most
 * of a function's load (issue 13), and a function touches a few of the 22 collections. esbuild
 * bundles each required module to run when first required (tsx and jest require it natively), so a
 * function builds at load only the records its own code imports, and the others when it first
 * reads or writes them. The types are the schemas' own.
 */
type Load<M> = () => M;
const audit: Load<typeof import('../shared/records/audit')> = () => require('../shared/records/audit');
const brochure: Load<typeof import('../shared/records/brochure')> = () => require('../shared/records/brochure');
const brochureCard: Load<typeof import('../shared/records/brochure-card')> = () => require('../shared/records/brochure-card');
const content: Load<typeof import('../shared/records/content')> = () => require('../shared/records/content');
const form: Load<typeof import('../shared/records/form')> = () => require('../shared/records/form');
const inbox: Load<typeof import('../shared/records/inbox')> = () => require('../shared/records/inbox');
const invitation: Load<typeof import('../shared/records/invitation')> = () => require('../shared/records/invitation');
const lead: Load<typeof import('../shared/records/lead')> = () => require('../shared/records/lead');
const major: Load<typeof import('../shared/records/major')> = () => require('../shared/records/major');
const outbox: Load<typeof import('../shared/records/outbox')> = () => require('../shared/records/outbox');
const report: Load<typeof import('../shared/records/report')> = () => require('../shared/records/report');
const school: Load<typeof import('../shared/records/school')> = () => require('../shared/records/school');
const season: Load<typeof import('../shared/records/season')> = () => require('../shared/records/season');
const staff: Load<typeof import('../shared/records/staff')> = () => require('../shared/records/staff');
const setupCode: Load<typeof import('../shared/records/setup-code')> = () => require('../shared/records/setup-code');
const target: Load<typeof import('../shared/records/target')> = () => require('../shared/records/target');
const earlyStudy: Load<typeof import('../shared/records/early-study')> = () => require('../shared/records/early-study');
const sendingReport: Load<typeof import('../shared/records/sending-report')> = () => require('../shared/records/sending-report');
const admittedList: Load<typeof import('../shared/records/admitted-list')> = () => require('../shared/records/admitted-list');
const monthlyReport: Load<typeof import('../shared/records/monthly-report')> = () => require('../shared/records/monthly-report');
const dispute: Load<typeof import('../shared/records/dispute')> = () => require('../shared/records/dispute');
const visit: Load<typeof import('../shared/records/visit')> = () => require('../shared/records/visit');
const admission: Load<typeof import('../shared/records/admission')> = () => require('../shared/records/admission');
const anomaly: Load<typeof import('../shared/records/anomaly')> = () => require('../shared/records/anomaly');
const retention: Load<typeof import('../shared/records/retention')> = () => require('../shared/records/retention');
const claims: Load<typeof import('../shared/records/claims')> = () => require('../shared/records/claims');
const lotterySeed: Load<typeof import('../shared/records/lottery-seed')> = () => require('../shared/records/lottery-seed');
const unifiedRound: Load<typeof import('../shared/records/unified-round')> = () => require('../shared/records/unified-round');
const examScore: Load<typeof import('../shared/records/exam-score')> = () => require('../shared/records/exam-score');
const city: Load<typeof import('../shared/records/city')> = () => require('../shared/records/city');

/**
 * Every collection of the product, named once, with the schema of its records and its indexes.
 * Functions read and write them only through cloudfunctions/_kit/platform/collections.ts, which
 * parses every record with its schema; the local emulator creates and enforces exactly these
 * indexes, and `npm run deploy` creates them in a real CloudBase environment. Indexed fields
 * must hold scalar values (string, number, boolean, date): the emulator answers queries on them
 * from the index. A unique index treats a missing key field as null, as MongoDB does, so two
 * records lacking it collide; one over a field some records lack is declared `sparse`, which leaves
 * those records out. That is how "one active X" is expressed (the field is unset when inactive).
 */
export type IndexDirection = 1 | -1;

export interface IndexSpec {
  name: string;
  keys: Record<string, IndexDirection>;
  unique?: boolean;
  /** documents missing every key field are not indexed (CloudBase/MongoDB sparse index) */
  sparse?: boolean;
}

export interface CollectionSpec {
  indexes: IndexSpec[];
}

export type DatabaseSchema = Record<string, CollectionSpec>;

type AnyRecordSchema = z.ZodObject<{ _id: z.ZodType<string> } & z.ZodRawShape>;

/** A collection: its record schema, made on first read of `record` (see above), and its indexes. */
function collection<S extends AnyRecordSchema>(schema: () => S, indexes: IndexSpec[] = []) {
  let record: S | undefined;
  return {
    get record(): S {
      return (record ??= schema());
    },
    indexes,
  };
}

export const collections = {
  /** R27: one document (id `city`): the city's name, its bureau's, the signature and the districts the bureau sets */
  city: collection(() => city().citySchema),
  /** one per year: the season the city bureau sets (R21), with each district's narrower windows */
  seasons: collection(() => season().seasonSchema, [{ name: 'year', keys: { year: 1 }, unique: true }]),
  schools: collection(() => school().schoolSchema, [{ name: 'district_kind', keys: { district: 1, kind: 1 } }]),
  majors: collection(() => major().majorSchema, [{ name: 'school_filed', keys: { schoolId: 1, filed: 1 } }]),
  brochures: collection(
    () => brochure().brochureSchema,
    [
      { name: 'status_year', keys: { status: 1, year: 1, updatedAt: -1 } },
      { name: 'school_year_version', keys: { schoolId: 1, year: 1, version: -1 }, unique: true },
      { name: 'queue', keys: { status: 1, schoolKind: 1, district: 1, submittedAt: 1 } },
      // only filed (approved) versions have a filing number
      { name: 'filing_number', keys: { 'filing.number': 1 }, unique: true, sparse: true },
    ],
  ),
  brochureSeries: collection(() => brochure().brochureSeriesSchema, [{ name: 'school_year', keys: { schoolId: 1, year: 1 }, unique: true }]),
  /**
   * one per school and year while its current approved brochure is published (R1, R2): the list and
   * its search read only these; `searchText` is indexed so a keyword is matched against index keys
   */
  brochureCards: collection(
    () => brochureCard().brochureCardSchema,
    [
      { name: 'year_place', keys: { year: 1, listed: 1, district: 1, schoolName: 1 } },
      { name: 'year_search', keys: { year: 1, listed: 1, searchText: 1 } },
    ],
  ),
  reviewDecisions: collection(() => brochure().reviewDecisionSchema, [{ name: 'brochure_at', keys: { brochureId: 1, at: -1 } }]),
  choiceForms: collection(
    () => form().choiceFormRecordSchema,
    [
      // activeKey is unset once a form is withdrawn
      { name: 'active_student_year', keys: { activeKey: 1 }, unique: true, sparse: true },
      { name: 'openid_created', keys: { openid: 1, createdAt: -1 } },
      // a junior high's active forms, and the dashboard's count of each junior high's (R11, R23)
      { name: 'year_status_junior', keys: { year: 1, status: 1, 'student.juniorSchoolId': 1, placement: 1, viaPoster: 1 } },
      // the families whose time to choose between two admissions has run out (R25)
      { name: 'admission_choice_due', keys: { 'admissionChoice.due': 1 } },
    ],
  ),
  /** every earlier revision of a form, as it stood (a change never overwrites history) */
  choiceFormRevisions: collection(() => form().formRevisionSchema, [{ name: 'form_revision', keys: { formId: 1, revision: 1 }, unique: true }]),
  leads: collection(
    () => lead().leadSchema,
    [
      // a recruiter's list is theirs within their school (see domains/leads/leads.ts)
      { name: 'recruiter_school_created', keys: { recruiterStaffId: 1, schoolId: 1, createdAt: -1 } },
      { name: 'school_status', keys: { schoolId: 1, status: 1, createdAt: -1 } },
      { name: 'form', keys: { formId: 1 } },
      // the dashboard's counts per school (R11), grouped from these keys alone without reading the leads
      { name: 'year_status_school', keys: { year: 1, status: 1, schoolId: 1 } },
      // a junior high's own figures by school (R23)
      { name: 'junior_year_status_school', keys: { juniorSchoolId: 1, year: 1, status: 1, schoolId: 1 } },
      // a school's figures per junior high (R13)
      { name: 'school_year_status_junior', keys: { schoolId: 1, year: 1, status: 1, juniorSchoolId: 1 } },
      // the same student enrolled at another school (R15)
      { name: 'student_status', keys: { studentKey: 1, status: 1 } },
    ],
  ),
  /** one per school: the turn of its recruiters, moved by an atomic increment outside transactions */
  recruiterTurns: collection(() => lead().recruiterTurnSchema),
  admissionPlaces: collection(() => admission().admissionPlacesSchema, [{ name: 'school_year', keys: { schoolId: 1, year: 1 } }]),
  outbox: collection(() => outbox().outboxEntrySchema, [{ name: 'due', keys: { status: 1, nextAttemptAt: 1 } }]),
  auditLog: collection(
    () => audit().auditEntrySchema,
    [
      { name: 'staff_at', keys: { staffId: 1, at: -1 } },
      { name: 'subject_at', keys: { subjectId: 1, at: -1 } },
      { name: 'action_at', keys: { action: 1, at: -1 } },
      { name: 'at', keys: { at: -1 } },
    ],
  ),
  inbox: collection(() => inbox().inboxEntrySchema, [{ name: 'recipient_created', keys: { recipientOpenid: 1, createdAt: -1 } }]),
  // R17, R4: each published version of a year's letter and policies, kept; the bureau's draft of each year
  letters: collection(() => content().letterSchema, [{ name: 'year_version', keys: { year: -1, version: -1 } }]),
  letterDrafts: collection(() => content().letterDraftSchema, []),
  /** R27: one name per district (closed ones too: a closed junior high keeps its name), one code in the city */
  juniorSchools: collection(
    () => content().juniorSchoolSchema,
    [
      { name: 'district_name', keys: { district: 1, name: 1 }, unique: true },
      // junior highs kept before the registry asked for a code have none
      { name: 'junior_code', keys: { code: 1 }, unique: true, sparse: true },
    ],
  ),
  /** one per year and district: the sending target and graduates of each of its junior highs (R11) */
  targetSheets: collection(() => target().targetSheetSchema, [{ name: 'year_district', keys: { year: 1, district: 1 }, unique: true }]),
  /** R8: early-study requests; activeKey is set only while a request stands (one per form) */
  earlyStudies: collection(
    () => earlyStudy().earlyStudySchema,
    [
      { name: 'active_form', keys: { activeKey: 1 }, unique: true, sparse: true },
      { name: 'form', keys: { formId: 1 } },
      { name: 'openid_created', keys: { openid: 1, createdAt: -1 } },
      { name: 'junior_year_created', keys: { juniorSchoolId: 1, year: 1, createdAt: -1 } },
      { name: 'school_year_created', keys: { schoolId: 1, year: 1, createdAt: -1 } },
      { name: 'year_created', keys: { year: 1, createdAt: -1 } },
    ],
  ),
  /** R13: each school's sending statistics as submitted (frozen), one per school and year */
  sendingReports: collection(() => sendingReport().sendingReportSchema, [{ name: 'year_school', keys: { year: 1, schoolId: 1 } }]),
  /** R14: each published version of a school's admitted list for a major (frozen, kept); the id says school, year, major and version */
  admittedLists: collection(
    () => admittedList().admittedListSchema,
    [{ name: 'school_year_major_version', keys: { schoolId: 1, year: 1, majorId: 1, version: -1 }, unique: true }],
  ),
  /** R12: each unit's monthly statistics table as submitted (frozen), one per year, month and unit (the id says which) */
  monthlyReports: collection(() => monthlyReport().monthlyReportSchema, [{ name: 'year_month_unit', keys: { year: 1, month: 1, unitKey: 1 } }]),
  /** R12: submitted tables the city bureau sent back for correction, each with its frozen copy (kept) */
  monthlyReportReturns: collection(
    () => monthlyReport().monthlyReportReturnSchema,
    [{ name: 'year_month_unit_sequence', keys: { year: 1, month: 1, unitKey: 1, sequence: -1 } }],
  ),
  /** R7, R6: "someone used my child's ID first" — one open per family and student (activeKey) */
  disputes: collection(
    () => dispute().disputeSchema,
    [
      { name: 'active_raiser_student', keys: { activeKey: 1 }, unique: true, sparse: true },
      { name: 'status_created', keys: { status: 1, createdAt: -1 } },
      { name: 'raiser_created', keys: { raiserOpenid: 1, createdAt: -1 } },
    ],
  ),
  /** R10: campus publicity visits and their permits */
  visits: collection(
    () => visit().visitSchema,
    [
      { name: 'school_created', keys: { schoolId: 1, createdAt: -1 } },
      { name: 'junior_day', keys: { juniorSchoolId: 1, day: 1 } },
      { name: 'district_status_created', keys: { district: 1, status: 1, createdAt: -1 } },
      { name: 'status_created', keys: { status: 1, createdAt: -1 } },
      { name: 'permit_code', keys: { permitCode: 1 }, unique: true, sparse: true },
      { name: 'permit_number', keys: { permitNumber: 1 }, unique: true, sparse: true },
    ],
  ),
  /** R10: a junior high's approved visits per day (written by every approval: no two overlap) */
  visitDays: collection(() => visit().visitDaySchema),
  /** R6: flags the scan raises for the bureau to look at, one per rule and subject (a rescan updates it) */
  anomalyFlags: collection(() => anomaly().anomalyFlagSchema, [{ name: 'year_status_seen', keys: { year: 1, status: 1, lastSeenAt: -1 } }]),
  /** PIPL: one per year, how far retentionSweep has gone through the year's forms (resumable) */
  retentionSweeps: collection(() => retention().retentionSweepStateSchema),
  /** R20: invitations by the keyed hash of their code */
  invitations: collection(
    () => invitation().invitationSchema,
    [
      { name: 'school_created', keys: { schoolId: 1, createdAt: -1 } },
      { name: 'inviter_created', keys: { invitedByStaffId: 1, createdAt: -1 } },
      { name: 'created', keys: { createdAt: -1 } },
    ],
  ),
  /** R27: one-time setup codes by the keyed hash of their code; issuing one supersedes the open ones */
  setupCodes: collection(() => setupCode().setupCodeSchema, [{ name: 'status_issued', keys: { status: 1, issuedAt: -1 } }]),
  /** per identity and hour, moved by an atomic increment */
  redeemAttempts: collection(() => invitation().redeemAttemptsSchema),
  /** written by every revocation of a bureau admin, so two at once cannot leave none */
  staffGuards: collection(() => invitation().staffGuardSchema),
  staff: collection(
    () => staff().staffSchema,
    [
      { name: 'openid', keys: { openid: 1 }, unique: true },
      { name: 'school_role', keys: { schoolId: 1, role: 1 } },
    ],
  ),
  /** R19: violation reports; the bureau's queue filters by status, category or school; a reporter reads their own */
  reports: collection(
    () => report().reportSchema,
    [
      { name: 'status_created', keys: { status: 1, createdAt: -1 } },
      { name: 'category_created', keys: { category: 1, createdAt: -1 } },
      { name: 'school_created', keys: { schoolId: 1, createdAt: -1 } },
      { name: 'openid_created', keys: { openid: 1, createdAt: -1 } },
      { name: 'created', keys: { createdAt: -1 } },
    ],
  ),
  /** R19: per identity and day, reports sent in the day and each hour, moved by one atomic increment */
  reportAttempts: collection(() => report().reportAttemptsSchema),
  /** each previewed plan confirmed (an import), by its digest: a second confirmation finds it and applies nothing */
  planClaims: collection(() => claims().planClaimSchema),
  /** R7, R6: per identity and day, the students it asked about whose ID holds another's form */
  idChecks: collection(() => claims().idChecksSchema),
  /** counters moved inside transactions, where an order must not tie (a unit-month's returns, R12) */
  sequences: collection(() => claims().sequenceSchema),
  /** R26: one per year, the lottery seed's published commitment and, after the choice deadline, the seed */
  lotterySeeds: collection(() => lotterySeed().lotterySeedSchema),
  /** R26: one per year, the seed as drawn; read only by the bureau's actions (never answered before the deadline) */
  lotterySeedSecrets: collection(() => lotterySeed().lotterySeedSecretSchema),
  /** R26: one per year and round of 统一录取, as committed (its run, inputs' digest, status) */
  unifiedRounds: collection(() => unifiedRound().unifiedRoundSchema),
  /** R26: each student's offer in a round, stored before any is applied; pending ones of the round's run are applied once each */
  unifiedOffers: collection(
    () => unifiedRound().unifiedOfferSchema,
    [
      { name: 'run_status', keys: { runId: 1, status: 1, _id: 1 } },
      { name: 'form_round', keys: { formId: 1, round: -1 } },
      { name: 'school_year', keys: { schoolId: 1, year: 1, round: -1 } },
      { name: 'status_respond', keys: { status: 1, respondBy: 1 } },
    ],
  ),
  /** R26, R25: each school's admission notice for a unified year (when and where to report, what to bring) */
  schoolNotices: collection(() => unifiedRound().schoolNoticeSchema),
  /** R26: what each run of a round's commit allocated over (input and earlier outcomes), in parts, for the round's export; read by id */
  unifiedRoundInputs: collection(() => unifiedRound().unifiedRoundInputSchema),
  /** R26: each run's waiting places (every student's place on the lists of the choices ranked above what they got), in buckets of forms; read by id */
  unifiedWaiting: collection(() => unifiedRound().unifiedWaitingSchema),
  /** R26: a year's imported 中考 scores by student key (the ID number's keyed hash), 256 records a year; read by year */
  examScores: collection(() => examScore().examScoreBucketSchema, [{ name: 'year', keys: { year: 1 } }]),
};

export type Collections = typeof collections;
export type CollectionName = keyof Collections;
export type RecordOf<N extends CollectionName> = z.infer<Collections[N]['record']>;

/** The indexes alone, for the emulator and the deployment plan. */
export const databaseSchema: DatabaseSchema = Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, { indexes: c.indexes }]));
