import type { z } from 'zod';
import { auditEntrySchema } from '../shared/records/audit';
import { brochureSchema, brochureSeriesSchema, reviewDecisionSchema } from '../shared/records/brochure';
import { brochureCardSchema } from '../shared/records/brochure-card';
import { juniorSchoolSchema, letterSchema, subsidyPolicySchema } from '../shared/records/content';
import { choiceFormRecordSchema, formRevisionSchema } from '../shared/records/form';
import { inboxEntrySchema } from '../shared/records/inbox';
import { invitationSchema, redeemAttemptsSchema, staffGuardSchema } from '../shared/records/invitation';
import { leadSchema, recruiterTurnSchema } from '../shared/records/lead';
import { majorSchema } from '../shared/records/major';
import { outboxEntrySchema } from '../shared/records/outbox';
import { reportSchema } from '../shared/records/report';
import { schoolSchema } from '../shared/records/school';
import { seasonSchema } from '../shared/records/season';
import { staffSchema } from '../shared/records/staff';

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

function collection<S extends AnyRecordSchema>(record: S, indexes: IndexSpec[] = []) {
  return { record, indexes };
}

export const collections = {
  /** one per year: the season the city bureau sets (R21), with each district's narrower windows */
  seasons: collection(seasonSchema, [{ name: 'year', keys: { year: 1 }, unique: true }]),
  schools: collection(schoolSchema, [{ name: 'district_kind', keys: { district: 1, kind: 1 } }]),
  majors: collection(majorSchema, [{ name: 'school_filed', keys: { schoolId: 1, filed: 1 } }]),
  brochures: collection(brochureSchema, [
    { name: 'status_year', keys: { status: 1, year: 1, updatedAt: -1 } },
    { name: 'school_year_version', keys: { schoolId: 1, year: 1, version: -1 }, unique: true },
    { name: 'queue', keys: { status: 1, schoolKind: 1, district: 1, submittedAt: 1 } },
    // only filed (approved) versions have a filing number
    { name: 'filing_number', keys: { 'filing.number': 1 }, unique: true, sparse: true },
  ]),
  brochureSeries: collection(brochureSeriesSchema, [{ name: 'school_year', keys: { schoolId: 1, year: 1 }, unique: true }]),
  /**
   * one per school and year while its current approved brochure is published (R1, R2): the list and
   * its search read only these; `searchText` is indexed so a keyword is matched against index keys
   */
  brochureCards: collection(brochureCardSchema, [
    { name: 'year_place', keys: { year: 1, listed: 1, district: 1, schoolName: 1 } },
    { name: 'year_search', keys: { year: 1, listed: 1, searchText: 1 } },
  ]),
  reviewDecisions: collection(reviewDecisionSchema, [{ name: 'brochure_at', keys: { brochureId: 1, at: -1 } }]),
  choiceForms: collection(choiceFormRecordSchema, [
    // activeKey is unset once a form is withdrawn
    { name: 'active_student_year', keys: { activeKey: 1 }, unique: true, sparse: true },
    { name: 'openid_created', keys: { openid: 1, createdAt: -1 } },
    { name: 'junior_status_year', keys: { 'student.juniorSchoolId': 1, status: 1, year: 1 } },
  ]),
  /** every earlier revision of a form, as it stood (a change never overwrites history) */
  choiceFormRevisions: collection(formRevisionSchema, [{ name: 'form_revision', keys: { formId: 1, revision: 1 }, unique: true }]),
  leads: collection(leadSchema, [
    // a recruiter's list is theirs within their school (see _kit/leads.ts)
    { name: 'recruiter_school_created', keys: { recruiterStaffId: 1, schoolId: 1, createdAt: -1 } },
    { name: 'school_status', keys: { schoolId: 1, status: 1, createdAt: -1 } },
    { name: 'form', keys: { formId: 1 } },
  ]),
  /** one per school: the turn of its recruiters, moved by an atomic increment outside transactions */
  recruiterTurns: collection(recruiterTurnSchema),
  outbox: collection(outboxEntrySchema, [{ name: 'due', keys: { status: 1, nextAttemptAt: 1 } }]),
  auditLog: collection(auditEntrySchema, [
    { name: 'staff_at', keys: { staffId: 1, at: -1 } },
    { name: 'subject_at', keys: { subjectId: 1, at: -1 } },
    { name: 'action_at', keys: { action: 1, at: -1 } },
    { name: 'at', keys: { at: -1 } },
  ]),
  inbox: collection(inboxEntrySchema, [{ name: 'recipient_created', keys: { recipientOpenid: 1, createdAt: -1 } }]),
  subsidyPolicies: collection(subsidyPolicySchema, [{ name: 'order', keys: { order: 1 } }]),
  letters: collection(letterSchema, [{ name: 'year', keys: { year: -1 } }]),
  juniorSchools: collection(juniorSchoolSchema, [{ name: 'district', keys: { district: 1 } }]),
  /** R20: invitations by the keyed hash of their code */
  invitations: collection(invitationSchema, [
    { name: 'school_created', keys: { schoolId: 1, createdAt: -1 } },
    { name: 'inviter_created', keys: { invitedByStaffId: 1, createdAt: -1 } },
    { name: 'created', keys: { createdAt: -1 } },
  ]),
  /** per identity and hour, moved by an atomic increment */
  redeemAttempts: collection(redeemAttemptsSchema),
  /** written by every revocation of a bureau admin, so two at once cannot leave none */
  staffGuards: collection(staffGuardSchema),
  staff: collection(staffSchema, [
    { name: 'openid', keys: { openid: 1 }, unique: true },
    { name: 'school_role', keys: { schoolId: 1, role: 1 } },
  ]),
  reports: collection(reportSchema, [{ name: 'status_created', keys: { status: 1, createdAt: -1 } }]),
};

export type Collections = typeof collections;
export type CollectionName = keyof Collections;
export type RecordOf<N extends CollectionName> = z.infer<Collections[N]['record']>;

/** The indexes alone, for the emulator and the deployment plan. */
export const databaseSchema: DatabaseSchema = Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, { indexes: c.indexes }]));
