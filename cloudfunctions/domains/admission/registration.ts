import type { FlaggedStudent, RegistrationFigures } from '../../../shared/api/registration';
import { maskName } from '../../../shared/admission';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { Lead } from '../../../shared/records/lead';
import type { Season } from '../../../shared/records/season';
import { shanghaiDay } from '../../../shared/time';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import type { Tx } from '../../_kit/platform/transaction';
import { tellFamily, type FamilyOf } from '../messages/family-told';

/**
 * R15, 学籍注册: the one home of what registration counts and of the double-registration rule, read
 * by the export, the confirmation, the figures and the reminder alike.
 *
 * - A school registers its students of the year who are enrolled (报到) and have not left.
 * - A student is registered twice when the same student (the same keyed ID hash) is enrolled, not
 *   left, at another school — in any year. Such a student is flagged at both schools and left out
 *   of both schools' registration sheets until one of the schools records the student left.
 * - Outstanding: enrolled and not yet registered (flagged students included: they must be resolved).
 * - Registering a student tells the family, in the same transaction (R28, `markRegistered`).
 */

/** How many keys or ids one `_.in` query carries. */
const CHUNK = 200;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The enrolled (not left) students of the year, at one school or at every school. */
export function enrolledLeads(year: number, schoolId?: string): Promise<Lead[]> {
  return records.leads.findAll({ year, status: 'enrolled', ...(schoolId ? { schoolId } : {}) });
}

/** Leads by id (any school: the caller checks whose they are). */
export async function leadsByIds(ids: readonly string[]): Promise<Lead[]> {
  const found = await Promise.all(chunks(ids).map((chunk) => records.leads.find({ _id: _.in(chunk) }, { limit: chunk.length })));
  return found.flat();
}

/**
 * The double registrations among `leads`: for each lead whose student is enrolled (not left) at
 * another school in any year, the names of those other schools. A lead without a student key (made
 * before keys were kept) matches nothing.
 */
export async function doubleRegistrations(leads: readonly Lead[]): Promise<Map<string, string[]>> {
  const keys = [...new Set(leads.map((l) => l.studentKey).filter((k) => k.length > 0))];
  const found = (await Promise.all(chunks(keys).map((chunk) => records.leads.findAll({ studentKey: _.in(chunk), status: 'enrolled' })))).flat();
  const byKey = new Map<string, Lead[]>();
  for (const other of found) byKey.set(other.studentKey, [...(byKey.get(other.studentKey) ?? []), other]);
  const unnamed = [...new Set(found.filter((o) => !o.schoolName).map((o) => o.schoolId))];
  const registry = unnamed.length > 0 ? await records.schools.find({ _id: _.in(unnamed) }, { limit: unnamed.length }) : [];
  const nameOf = (o: Lead) => o.schoolName || registry.find((s) => s._id === o.schoolId)?.name || '另一所学校';
  const flags = new Map<string, string[]>();
  for (const lead of leads) {
    if (!lead.studentKey) continue;
    const elsewhere = (byKey.get(lead.studentKey) ?? []).filter((o) => o.schoolId !== lead.schoolId);
    if (elsewhere.length > 0)
      flags.set(
        lead._id,
        [...new Set(elsewhere.map(nameOf))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
      );
  }
  return flags;
}

/** A flagged student as the school and the bureau see it: the masked name and the other schools' names only. */
export function flaggedView(lead: Lead, otherSchoolNames: string[]): FlaggedStudent {
  return { leadId: lead._id, maskedName: maskName(lead.studentName), majorName: lead.admission?.majorName ?? '', otherSchoolNames };
}

/** A school's figures from its enrolled leads of the year and their flags. */
export function figuresOf(leads: readonly Lead[], flags: ReadonlyMap<string, string[]>): RegistrationFigures {
  return {
    enrolled: leads.length,
    registered: leads.filter((l) => l.registration).length,
    flagged: leads.filter((l) => flags.has(l._id)).length,
    outstanding: leads.filter((l) => !l.registration).length,
  };
}

/** Every school's figures for the year, by school id (only schools with enrolled students appear). */
export async function figuresBySchool(year: number): Promise<Map<string, { leads: Lead[]; figures: RegistrationFigures; flags: Map<string, string[]> }>> {
  const leads = await enrolledLeads(year);
  const flags = await doubleRegistrations(leads);
  const bySchool = new Map<string, Lead[]>();
  for (const lead of leads) bySchool.set(lead.schoolId, [...(bySchool.get(lead.schoolId) ?? []), lead]);
  return new Map(
    [...bySchool].map(([schoolId, own]) => {
      const ownFlags = new Map(
        own.flatMap((l) => {
          const names = flags.get(l._id);
          return names ? [[l._id, names] as const] : [];
        }),
      );
      return [schoolId, { leads: own, figures: figuresOf(own, ownFlags), flags: ownFlags }];
    }),
  );
}

/** The season's registration deadline, and whether it has passed (the deadline day ends at midnight in Shanghai). */
export function deadlineOf(season: Pick<Season, 'registrationDeadline'>, at: Date): { deadline: string; late: boolean } {
  return { deadline: season.registrationDeadline, late: at.getTime() > shanghaiDay(season.registrationDeadline).end };
}

/**
 * The families of `leads`' forms (who submitted each form, the student's name and choices), by form
 * id: read once for a batch, outside its transactions (who submitted a form never changes).
 */
export async function familiesOf(leads: readonly Lead[]): Promise<Map<string, FamilyOf & Pick<ChoiceFormRecord, 'choices'>>> {
  const ids = [...new Set(leads.map((l) => l.formId))];
  const found = (await Promise.all(chunks(ids).map((chunk) => records.choiceForms.find({ _id: _.in(chunk) }, { limit: chunk.length })))).flat();
  return new Map(found.map((f) => [f._id, { openid: f.openid, student: { name: f.student.name }, choices: f.choices }]));
}

/**
 * R15, R28: marks one enrolled student registered, inside `tx`, and tells the family in the same
 * transaction that the school registered their child (学籍). The caller has checked the lead is
 * enrolled and not yet registered, reading it in `tx`.
 */
export async function markRegistered(
  tx: Tx,
  lead: Lead,
  staffName: string,
  family: (FamilyOf & Pick<ChoiceFormRecord, 'choices'>) | undefined,
  at: Date,
): Promise<void> {
  await tx.leads.update(lead._id, { registration: { at, staffName }, updatedAt: at });
  if (family) await tellFamily(tx, lead, family, { record: 'registered', detail: '', at });
}
