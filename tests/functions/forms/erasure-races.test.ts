import { main as admittedListGet } from '../../../cloudfunctions/public/admittedListGet';
import { main as admittedListPublish } from '../../../cloudfunctions/school/admittedListPublish';
import { main as choiceErase } from '../../../cloudfunctions/family/choiceErase';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as registrationExport } from '../../../cloudfunctions/sheets/registrationExport';
import { main as retentionSweep } from '../../../cloudfunctions/timers/retentionSweep';
import { main as seasonOpen } from '../../../cloudfunctions/bureau/seasonOpen';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { Lead } from '../../../shared/records/lead';
import { admit, atClock, IN_ADMISSION_WINDOW } from '../../helpers/admission';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/**
 * Found by an outside tester: erasing a family's data (PIPL) racing a school's 报到, 报到 after the
 * sweep, and a past year's form withdrawn in the next. Nothing of a student a school keeps may be
 * erased; no school takes on a student whose data is gone; a closed year stays as it closed.
 */
const backend = freshBackendPerTest();
const XZ = 'school-xz-vocational';
const XINFU = 'school-xinfu-vocational';
const XZ_ADMIN = openidOf('schoolAdmin');
const AFTER_WORK = '2027-12-01T03:00:00+08:00';

const store = () => backend.emulator.store;
const leadAt = (formId: string, schoolId: string) => (store().find('leads', { formId, schoolId }) as unknown as Lead[])[0] as Lead;
const lead = (id: string) => store().getById('leads', id)?.doc as unknown as Lead;
const formOf = (formId: string) => store().getById('choiceForms', formId)?.doc as unknown as ChoiceFormRecord;
/** Whether anything the school keeps still names the student: the family's messages and the form's revisions. */
const namedStill = (formId: string, family: string, name: string) =>
  JSON.stringify(store().find('outbox', { recipientOpenid: family })).includes(name) &&
  store()
    .find('choiceFormRevisions', { formId })
    .every((r) => (r.student as { name: string }).name === name);

async function file(n: number) {
  const form = aForm({ student: { ...aForm().student, name: `学生${n}`, idNumber: idNumber('20110317', 101 + 2 * n) } });
  const family = `family-erasure-${n}`;
  const { formId } = await expectOk(choiceSubmit, form, family);
  // a revision, so there is one to keep or erase
  await expectOk(choiceRevise, { ...form, requestId: `revise-${n}`, formId, student: { ...form.student, phone: '13700007777' } }, family);
  return { formId, family, name: `学生${n}` };
}

/** Lets `ticks` turns of the event loop pass first, so the two calls meet at different points. */
const after = async <T>(ticks: number, work: () => Promise<T>) => {
  for (let i = 0; i < ticks; i++) await new Promise((resolve) => setImmediate(resolve));
  return work();
};

test('PIPL: a family erasing its form while the school records 报到 — either the school keeps the student whole, or the student is erased and not enrolled', async () => {
  for (let n = 1; n <= 8; n++) {
    const { formId, family, name } = await file(n);
    const xz = leadAt(formId, XZ);
    expect((await admit(backend.emulator, xz)).ok).toBe(true);
    await atClock(IN_ADMISSION_WINDOW, () =>
      Promise.all([
        invoke(choiceErase, { formId, confirm: true }, family),
        after(n - 1, () => invoke(leadProgress, { id: xz._id, status: 'enrolled' }, XZ_ADMIN)),
      ]),
    );
    const kept = lead(xz._id).status === 'enrolled';
    expect({ n, kept, erased: Boolean(formOf(formId).erasedAt), named: namedStill(formId, family, name) }).toEqual({ n, kept, erased: !kept, named: kept });
  }
});

test('PIPL: the retention sweep racing a late 报到 erases nothing of a student the school keeps', async () => {
  const students = await Promise.all([1, 2, 3, 4].map((n) => file(n)));
  for (const { formId } of students) expect((await admit(backend.emulator, leadAt(formId, XZ))).ok).toBe(true);
  await atClock(AFTER_WORK, () =>
    Promise.all([
      invoke(retentionSweep, {}, ''),
      ...students.map(({ formId }, i) => after(i * 3, () => invoke(leadProgress, { id: leadAt(formId, XZ)._id, status: 'enrolled' }, XZ_ADMIN))),
    ]),
  );
  await atClock(AFTER_WORK, () => invoke(retentionSweep, {}, ''));
  for (const { formId, family, name } of students) {
    const kept = leadAt(formId, XZ).status === 'enrolled';
    expect({ name, erased: Boolean(formOf(formId).erasedAt), named: namedStill(formId, family, name) }).toEqual({ name, erased: !kept, named: kept });
  }
});

test('PIPL: once the sweep erased a student no school records 报到 for them, and the registration sheet is still made', async () => {
  const { formId } = await file(1);
  const xz = leadAt(formId, XZ);
  expect((await admit(backend.emulator, xz)).ok).toBe(true);
  await atClock(AFTER_WORK, () => expectOk(retentionSweep, {}, ''));
  expect(formOf(formId).erasedAt).toBeTruthy();
  const late = await atClock('2027-12-02T10:00:00+08:00', () => invoke(leadProgress, { id: xz._id, status: 'enrolled' }, XZ_ADMIN));
  expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('个人信息已') } });
  expect(lead(xz._id).status).toBe('admitted');
  expect(await atClock('2027-12-02T10:00:00+08:00', () => invoke(registrationExport, {}, XZ_ADMIN))).toMatchObject({ ok: true, data: { exported: 0 } });
});

test('R24: a past year’s form cannot be withdrawn in the next year; a student who left stays left', async () => {
  const { formId, family } = await file(1);
  const xz = leadAt(formId, XZ);
  expect((await admit(backend.emulator, xz)).ok).toBe(true);
  await atClock(IN_ADMISSION_WINDOW, () => expectOk(leadProgress, { id: xz._id, status: 'enrolled' }, XZ_ADMIN));
  await atClock('2027-09-10T10:00:00+08:00', () => expectOk(leadProgress, { id: xz._id, status: 'left', note: '转学去外省' }, XZ_ADMIN));
  await atClock('2027-12-10T10:00:00+08:00', () => expectOk(seasonOpen, { year: 2028 }, openidOf('bureauAdmin')));
  const withdrawn = await atClock('2028-04-15T10:00:00+08:00', () => invoke(choiceWithdraw, { formId }, family));
  expect(withdrawn).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这是2027年的志愿表，该年度的招生已经结束，不能再撤回或修改。' } });
  expect(lead(xz._id).status).toBe('left');
  expect(formOf(formId).status).toBe('active');
});

test('R25: a form erased while the family had two admissions to choose from keeps no question to answer', async () => {
  const { formId, family } = await file(1);
  expect((await admit(backend.emulator, leadAt(formId, XZ))).ok).toBe(true);
  expect((await admit(backend.emulator, leadAt(formId, XINFU))).ok).toBe(true);
  expect(formOf(formId).admissionChoice).toBeDefined();
  await atClock(IN_ADMISSION_WINDOW, () => expectOk(choiceErase, { formId, confirm: true }, family));
  expect(formOf(formId)).toMatchObject({ status: 'withdrawn', placement: 'none' });
  expect(formOf(formId).admissionChoice).toBeUndefined();
});

test('R14, PIPL: a family’s erasure takes its line out of every published version of the admitted list; the others stay', async () => {
  const first = await file(1);
  const second = await file(2);
  for (const { formId } of [first, second]) expect((await admit(backend.emulator, leadAt(formId, XZ))).ok).toBe(true);
  await atClock(IN_ADMISSION_WINDOW, () => expectOk(admittedListPublish, { majorId: 'major-xz-001' }, XZ_ADMIN));
  const names = async () =>
    (await expectOk(admittedListGet, { schoolId: XZ }, 'anyone')).majors.find((m) => m.majorId === 'major-xz-001')?.shown?.entries.map((e) => e.name);
  expect(await atClock(IN_ADMISSION_WINDOW, names)).toEqual(['学*1', '学*2']);
  await atClock(IN_ADMISSION_WINDOW, () => expectOk(choiceErase, { formId: first.formId, confirm: true }, first.family));
  expect(await atClock(IN_ADMISSION_WINDOW, names)).toEqual(['学*2']);
});
