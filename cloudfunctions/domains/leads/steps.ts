import { holdsPlace } from '../../../shared/admission';
import { mayStep, type StepActor } from '../../../shared/lead-steps';
import { admissionPlacesId } from '../../../shared/records/admission';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { Lead, LeadEvent, LeadStatus } from '../../../shared/records/lead';
import type { Tx } from '../../_kit/platform/transaction';
import { recordedByStep, tellFamily, type FamilyOf } from '../messages/family-told';
import { leadFailures } from './failures';

/**
 * R24, R25: the one way a lead is opened, changes status, gains a line of history or moves a
 * major's place. Staff recording a step (leadProgress), the admission (admissionAdmit), the family's form
 * changes (reconcile: withdraw, reopen, revise), the family's choice between admissions and the
 * settling timer (releaseOthers), and a reassignment (leadReassign) all write through here, so the
 * table in shared/lead-steps.ts is asked every time, every change leaves its line, and a place is
 * taken or given back exactly when the status starts or stops holding one; and a step that records
 * the child at the school (admitted, 报到, left, an admission not taken up) tells the family, in the
 * step's own transaction (R28, domains/messages/family-told.ts), whichever action took it.
 */

/** Who takes the step: the table's actor, and the staff member when it is one (null: the family or the system). */
export interface LeadActor {
  by: StepActor;
  staff: { _id: string; name: string } | null;
}

export const familyActor: LeadActor = { by: 'family', staff: null };

/** The fields that may change together with a step (the admission, 报到, leaving, the recruiter, the form's facts). */
export type LeadPatch = Partial<Omit<Lead, '_id' | 'formId' | 'schoolId' | 'year' | 'status' | 'history' | 'createdAt'>>;

interface Change {
  at: Date;
  note?: string | undefined;
  patch?: LeadPatch;
}

/** The lead's form as the caller already read it in the transaction (else a step that must tell the family reads it). */
type StepForm = FamilyOf & Partial<Pick<ChoiceFormRecord, 'choices'>>;

function entryOf(
  status: LeadStatus,
  actor: LeadActor,
  at: Date,
  event: NonNullable<LeadEvent['event']>,
  note: string | undefined,
  extra: Partial<LeadEvent> = {},
): LeadEvent {
  return {
    status,
    at,
    actorStaffId: actor.staff?._id ?? null,
    ...(actor.staff ? { actorName: actor.staff.name } : {}),
    event,
    ...(note ? { note } : {}),
    ...extra,
  };
}

/** A new lead, for a school the family's form chooses: `new`, its history beginning with the family's choice. */
export async function openLead(tx: Tx, fields: Omit<Lead, 'status' | 'history' | 'createdAt' | 'updatedAt'>, at: Date): Promise<Lead> {
  const lead: Lead = { ...fields, status: 'new', history: [{ status: 'new', at, actorStaffId: null }], createdAt: at, updatedAt: at };
  await tx.leads.add(lead);
  return lead;
}

/**
 * Moves `lead` to `to` inside `tx`, if the table lets `actor` (else STEP_NOT_ALLOWED, nothing
 * written): the status, the fields that go with it and a history line are one update, and the
 * major's place follows. `event` marks a step the family's return makes (`reopened`). Answers the
 * lead as it now stands.
 */
export async function stepLead(
  tx: Tx,
  lead: Lead,
  to: LeadStatus,
  actor: LeadActor,
  change: Change & { event?: 'step' | 'reopened'; form?: StepForm },
): Promise<Lead> {
  if (!mayStep(lead.status, to, actor.by)) throw leadFailures.stepNotAllowed(lead.status, to);
  const { at, patch = {} } = change;
  // an admission's line keeps the major it admitted to, which a later round may change (R26)
  const admitted = to === 'admitted' && patch.admission ? { majorName: patch.admission.majorName } : {};
  const history = [...lead.history, entryOf(to, actor, at, change.event ?? 'step', change.note, admitted)];
  const stepped: Lead = { ...lead, ...patch, status: to, history, updatedAt: at };
  await tx.leads.update(lead._id, { ...patch, status: to, history, updatedAt: at });
  await movePlace(tx, lead, stepped, at);
  // R28: a record of the child at the school is told to the family (a step is taken once: mayStep refuses it again)
  const recorded = (change.event ?? 'step') === 'step' ? recordedByStep(lead.status, stepped, at) : null;
  if (recorded) {
    const form = change.form ?? (await tx.choiceForms.get(lead.formId));
    if (form) await tellFamily(tx, stepped, form, recorded);
  }
  return stepped;
}

/**
 * A line of history that is not a step: a reassignment (with the recruiter who follows it now), the
 * family's revision of the form, or a note staff add at the step the lead already stands at.
 */
export async function noteOnLead(
  tx: Tx,
  lead: Lead,
  actor: LeadActor,
  change: Change & { event: 'reassigned' | 'revised' | 'noted'; toStaffId?: string },
): Promise<Lead> {
  const { at, patch = {} } = change;
  const history = [...lead.history, entryOf(lead.status, actor, at, change.event, change.note, change.toStaffId ? { toStaffId: change.toStaffId } : {})];
  await tx.leads.update(lead._id, { ...patch, history, updatedAt: at });
  return { ...lead, ...patch, history, updatedAt: at };
}

/**
 * R25: a major's places document counts the leads holding a place. A step into a status that holds
 * one takes it, a step out of one gives it back, and a step that changes the admitted major while
 * holding one (R26: a round moving the student up within the school) gives back the old major's and
 * takes the new one's, in the step's transaction; the admission writes the document (with its
 * planned places) before its steps, so the count is never missed.
 */
async function movePlace(tx: Tx, before: Lead, stepped: Lead, at: Date): Promise<void> {
  const was = holdsPlace(before.status) ? (before.admission ?? stepped.admission)?.majorId : undefined;
  const now = holdsPlace(stepped.status) ? stepped.admission?.majorId : undefined;
  if (was === now) return;
  if (was) await countPlace(tx, stepped, was, -1, at);
  if (now) await countPlace(tx, stepped, now, 1, at);
}

async function countPlace(tx: Tx, lead: Pick<Lead, 'schoolId' | 'year'>, majorId: string, by: 1 | -1, at: Date): Promise<void> {
  const id = admissionPlacesId(lead.schoolId, lead.year, majorId);
  const places = await tx.admissionPlaces.get(id);
  if (!places) {
    // nothing counted, nothing to give back (records written before places were counted); taking one uncounted is a bug
    if (by > 0) throw new Error(`no places document ${id} for a lead taking a place`);
    return;
  }
  await tx.admissionPlaces.update(id, { held: Math.max(0, places.held + by), updatedAt: at });
}
