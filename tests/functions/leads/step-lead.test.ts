import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { main as admissionChoose } from '../../../cloudfunctions/family/admissionChoose';
import { main as admissionSettle } from '../../../cloudfunctions/timers/admissionSettle';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { main as leadDetail } from '../../../cloudfunctions/school/leadDetail';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as leadReassign } from '../../../cloudfunctions/school/leadReassign';
import { holdsPlace } from '../../../shared/admission';
import type { Lead, LeadEvent } from '../../../shared/records/lead';
import { admit, atClock, IN_ADMISSION_WINDOW } from '../../helpers/admission';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/**
 * Issue 22: every action that opens a lead, steps it, adds a line to its history or moves a major's
 * place goes through cloudfunctions/domains/leads/steps.ts. Walked here through each of them —
 * choiceSubmit (open), leadProgress (step, and a note at the same step), leadReassign, choiceRevise
 * (revised; a school dropped: withdrawn; chosen again: reopened), admissionAdmit (admitted),
 * admissionChoose and the settling timer (released), leadProgress 报到 (enrolled, releasing the
 * other admission), choiceWithdraw (withdrawn) — checking after every call that each change left
 * exactly one line of history naming the status it reached, and that each major's count of held
 * places equals the leads holding one.
 */
const backend = freshBackendPerTest();
const XZ = 'school-xz-vocational';
const XINFU = 'school-xinfu-vocational';
const XZ_ADMIN = openidOf('schoolAdmin');
const store = () => backend.emulator.store;
const leads = () => store().find('leads', {}) as unknown as Lead[];
const leadAt = (formId: string, schoolId: string) => leads().find((l) => l.formId === formId && l.schoolId === schoolId) as Lead;
const inWindow = <T>(work: () => Promise<T>) => atClock(IN_ADMISSION_WINDOW, work);

/** Every lead's history as last seen, to tell what a call added. */
let seen = new Map<string, number>();

/** The lines each lead gained since the last look, and the invariants every call must keep. */
function linesSinceLastLook(): Map<string, LeadEvent[]> {
  const added = new Map<string, LeadEvent[]>();
  for (const lead of leads()) {
    const fresh = lead.history.slice(seen.get(lead._id) ?? 0);
    if (fresh.length) added.set(lead._id, fresh);
    // the last line names the status the lead stands at
    expect({ lead: lead._id, status: lead.history.at(-1)?.status }).toEqual({ lead: lead._id, status: lead.status });
  }
  seen = new Map(leads().map((l) => [l._id, l.history.length]));
  // R25: each major's count of held places is the leads holding one
  for (const places of store().find('admissionPlaces', {})) {
    const holding = leads().filter((l) => l.schoolId === places.schoolId && l.admission?.majorId === places.majorId && holdsPlace(l.status));
    expect({ major: places.majorId, held: places.held }).toEqual({ major: places.majorId, held: holding.length });
  }
  return added;
}

const only = (added: Map<string, LeadEvent[]>, id: string) => {
  expect([...added.keys()]).toEqual([id]);
  const lines = added.get(id) ?? [];
  expect(lines).toHaveLength(1);
  return lines[0];
};

test('R24, R25: every change to a lead, through every action that makes one, leaves one line of history and keeps the places counted', async () => {
  const form = aForm({ student: { ...aForm().student, idNumber: idNumber('20110317', 141) } });
  const family = 'family-step-walk';
  const { formId } = await expectOk(choiceSubmit, form, family);
  let added = linesSinceLastLook();
  const xz = leadAt(formId, XZ)._id;
  const xinfu = leadAt(formId, XINFU)._id;
  expect([...added.values()].map((l) => l.map((h) => [h.status, h.actorStaffId]))).toEqual([[['new', null]], [['new', null]]]);

  await expectOk(leadProgress, { id: xz, status: 'contacted' }, XZ_ADMIN);
  expect(only(linesSinceLastLook(), xz)).toMatchObject({ status: 'contacted', event: 'step', actorName: '赵主任' });

  // the same step again: nothing without a note (a double tap); with one, the note is kept as a note
  await expectOk(leadProgress, { id: xz, status: 'contacted' }, XZ_ADMIN);
  expect(linesSinceLastLook().size).toBe(0);
  await expectOk(leadProgress, { id: xz, status: 'contacted', note: '家长约了周六到校' }, XZ_ADMIN);
  expect(only(linesSinceLastLook(), xz)).toMatchObject({ status: 'contacted', event: 'noted', note: '家长约了周六到校' });
  expect((await expectOk(leadDetail, { id: xz }, XZ_ADMIN)).history.at(-1)).toMatchObject({ event: 'noted', note: '家长约了周六到校' });

  await expectOk(leadReassign, { id: xz, recruiterStaffId: 'staff-recruiter-li' }, XZ_ADMIN);
  expect(only(linesSinceLastLook(), xz)).toMatchObject({ status: 'contacted', event: 'reassigned', toStaffId: 'staff-recruiter-li' });

  await expectOk(choiceRevise, { ...form, requestId: 'revise-1', formId }, family);
  added = linesSinceLastLook();
  expect([...added.values()].map((l) => l.map((h) => h.event))).toEqual([['revised'], ['revised']]);

  // dropping a school withdraws its lead; choosing it again reopens it as new
  await expectOk(choiceRevise, { ...form, requestId: 'revise-2', formId, choices: [form.choices[0], form.choices[2]] }, family);
  expect(added.size).toBe(2);
  added = linesSinceLastLook();
  expect(added.get(xinfu)?.map((h) => h.status)).toEqual(['withdrawn']);
  await expectOk(choiceRevise, { ...form, requestId: 'revise-3', formId }, family);
  added = linesSinceLastLook();
  expect(added.get(xinfu)?.map((h) => [h.status, h.event])).toEqual([['new', 'reopened']]);

  // admitted by both: each admission takes a place
  expect((await admit(backend.emulator, leadAt(formId, XZ))).ok).toBe(true);
  expect(only(linesSinceLastLook(), xz)).toMatchObject({ status: 'admitted', event: 'step' });
  expect((await admit(backend.emulator, leadAt(formId, XINFU))).ok).toBe(true);
  expect(only(linesSinceLastLook(), xinfu)).toMatchObject({ status: 'admitted' });

  // the family keeps XZ: XINFU's admission is released and its place given back
  await inWindow(() => expectOk(admissionChoose, { formId, schoolId: XZ }, family));
  expect(only(linesSinceLastLook(), xinfu)).toMatchObject({ status: 'released', actorStaffId: null });

  await inWindow(() => expectOk(leadProgress, { id: xz, status: 'enrolled' }, XZ_ADMIN));
  expect(only(linesSinceLastLook(), xz)).toMatchObject({ status: 'enrolled' });
});

test('R25: the settling timer’s release and a withdrawn form step their leads the same way, and give the places back', async () => {
  const a = aForm({ student: { ...aForm().student, idNumber: idNumber('20110317', 143) } });
  const { formId } = await expectOk(choiceSubmit, a, 'family-step-a');
  const b = aForm({ student: { ...aForm().student, name: '王芳', idNumber: idNumber('20110317', 145) } });
  const second = await expectOk(choiceSubmit, b, 'family-step-b');
  linesSinceLastLook();
  for (const schoolId of [XINFU, XZ]) expect((await admit(backend.emulator, leadAt(formId, schoolId))).ok).toBe(true);
  expect((await admit(backend.emulator, leadAt(second.formId, XZ))).ok).toBe(true);
  linesSinceLastLook();

  // the family did not choose in time: the school it ranked higher (XZ) stands
  await atClock('2027-07-13T10:05:00+08:00', () => invoke(admissionSettle, {}, ''));
  expect(only(linesSinceLastLook(), leadAt(formId, XINFU)._id)).toMatchObject({ status: 'released' });

  await expectOk(choiceWithdraw, { formId: second.formId }, 'family-step-b');
  const added = linesSinceLastLook();
  expect([...added.values()].flat().map((h) => h.status)).toEqual(['withdrawn', 'withdrawn']);
});

/** Every write to the leads collection in the functions' code, with the text of its arguments. */
function leadWrites(): Array<{ file: string; args: string }> {
  const root = join(__dirname, '../../../cloudfunctions');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(root, f));
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/\bleads\.(update|add|set|updateWhere|remove)\(/g)].map((m) => {
      let depth = 1;
      let i = (m.index ?? 0) + m[0].length;
      for (; i < text.length && depth > 0; i++) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
      return { file: relative(root, file), args: text.slice((m.index ?? 0) + m[0].length, i - 1) };
    });
  });
}

test('R24: no code but domains/leads/steps.ts writes a lead’s status or adds to its history (erasure only scrubs notes from it)', () => {
  const writes = leadWrites();
  expect(writes.filter((w) => w.file === join('domains', 'leads', 'steps.ts')).length).toBeGreaterThanOrEqual(3);
  const elsewhere = writes.filter((w) => w.file !== join('domains', 'leads', 'steps.ts'));
  expect(elsewhere.length).toBeGreaterThan(0);
  for (const w of elsewhere) {
    expect({ file: w.file, writesStatus: /\bstatus\b/.test(w.args) }).toEqual({ file: w.file, writesStatus: false });
    const scrubs = w.file === join('domains', 'forms', 'erase.ts');
    expect({ file: w.file, writesHistory: /\bhistory\b/.test(w.args) }).toEqual({ file: w.file, writesHistory: false });
    if (scrubs) expect(w.args).toContain('anonymisedLeadPatch');
  }
});
