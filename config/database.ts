/**
 * Every collection of the product and its indexes, declared once.
 * The local emulator creates and enforces exactly these; `scripts/apply-indexes.ts` applies the
 * same declarations to a real CloudBase environment. Indexed fields must hold scalar values
 * (string, number, boolean, date): the emulator answers queries on them from the index.
 * Unique indexes are sparse, as partial indexes in CloudBase: documents missing a key field are
 * not constrained, which is how "one active X" is expressed (the field is unset when inactive).
 */
export type IndexDirection = 1 | -1;

export interface IndexSpec {
  name: string;
  keys: Record<string, IndexDirection>;
  unique?: boolean;
}

export interface CollectionSpec {
  indexes: IndexSpec[];
}

export type DatabaseSchema = Record<string, CollectionSpec>;

export const databaseSchema: DatabaseSchema = {
  schools: {
    indexes: [{ name: 'district_kind', keys: { district: 1, kind: 1 } }],
  },
  majors: {
    indexes: [{ name: 'school_filed', keys: { schoolId: 1, filed: 1 } }],
  },
  brochures: {
    indexes: [
      { name: 'status_year', keys: { status: 1, year: 1, updatedAt: -1 } },
      { name: 'school_year_version', keys: { schoolId: 1, year: 1, version: -1 }, unique: true },
      { name: 'queue', keys: { status: 1, schoolKind: 1, district: 1, submittedAt: 1 } },
      { name: 'filing_number', keys: { 'filing.number': 1 }, unique: true },
    ],
  },
  brochureSeries: {
    indexes: [{ name: 'school_year', keys: { schoolId: 1, year: 1 }, unique: true }],
  },
  reviewDecisions: {
    indexes: [{ name: 'brochure_at', keys: { brochureId: 1, at: -1 } }],
  },
  choiceForms: {
    indexes: [
      { name: 'active_student_year', keys: { activeKey: 1 }, unique: true },
      { name: 'openid_created', keys: { openid: 1, createdAt: -1 } },
    ],
  },
  /** every earlier revision of a form, as it stood (a change never overwrites history) */
  choiceFormRevisions: {
    indexes: [{ name: 'form_revision', keys: { formId: 1, revision: 1 }, unique: true }],
  },
  leads: {
    indexes: [
      { name: 'recruiter_created', keys: { recruiterStaffId: 1, createdAt: -1 } },
      { name: 'school_status', keys: { schoolId: 1, status: 1, createdAt: -1 } },
      { name: 'form', keys: { formId: 1 } },
    ],
  },
  outbox: {
    indexes: [{ name: 'due', keys: { status: 1, nextAttemptAt: 1 } }],
  },
  schoolCounters: { indexes: [] },
  auditLog: {
    indexes: [{ name: 'staff_at', keys: { staffId: 1, at: -1 } }],
  },
  /** one document per student and year while they have an active form, keyed by activeKey (R7) */
  activeForms: { indexes: [] },
  inbox: {
    indexes: [{ name: 'recipient_created', keys: { recipientOpenid: 1, createdAt: -1 } }],
  },
  subsidyPolicies: {
    indexes: [{ name: 'order', keys: { order: 1 } }],
  },
  letters: {
    indexes: [{ name: 'year', keys: { year: -1 } }],
  },
  juniorSchools: {
    indexes: [{ name: 'district', keys: { district: 1 } }],
  },
  staff: {
    indexes: [
      { name: 'openid', keys: { openid: 1 }, unique: true },
      { name: 'school_role', keys: { schoolId: 1, role: 1 } },
    ],
  },
  reports: {
    indexes: [{ name: 'status_created', keys: { status: 1, createdAt: -1 } }],
  },
};

