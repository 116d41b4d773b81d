import { main as brochureList } from '../../../cloudfunctions/public/brochureList';
import { main as brochureSave } from '../../../cloudfunctions/school/brochureSave';
import { main as brochureSubmit } from '../../../cloudfunctions/school/brochureSubmit';
import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { main as leadDetail } from '../../../cloudfunctions/school/leadDetail';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as leadReassign } from '../../../cloudfunctions/school/leadReassign';
import { main as reviewDecide } from '../../../cloudfunctions/bureau/reviewDecide';
import { CONTROL_MESSAGE } from '../../../shared/text';
import type { Lead } from '../../../shared/records/lead';
import { admit } from '../../helpers/admission';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, brochureFacts, idNumber } from '../../helpers/forms';

/** What an outsider found when racing and replaying the functions, each kept from coming back. */
const backend = freshBackendPerTest();
const student = openidOf('student');
const admin = openidOf('schoolAdmin');
const reviewer = openidOf('reviewer');
const xz = { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' };
const xinfu = { brochureId: 'brochure-xinfu-vocational-v1', majorId: 'major-xf-001' };

const facts = brochureFacts();
const tuition = { ...facts, fees: [{ item: '学费', standard: '每学年 3000 元', amountYuan: 3000, isTuition: true }] };

test('R16: a save landing while the draft is submitted never sends unchecked content to review', async () => {
  for (let round = 0; round < 5; round += 1) {
    const { id } = await expectOk(brochureSave, { facts }, admin);
    await Promise.all([invoke(brochureSave, { facts: tuition }, admin), invoke(brochureSubmit, { id }, admin)]);
    const submitted = backend.emulator.store.find('brochures', { status: 'submitted', schoolId: 'school-xz-vocational' });
    expect(submitted.flatMap((b) => (b.fees as Array<{ amountYuan: number }>).filter((f) => f.amountYuan > 0))).toEqual([]);
    // leave no draft behind for the next round
    for (const b of backend.emulator.store.find('brochures', { status: 'draft', schoolId: 'school-xz-vocational' })) {
      await expectOk(brochureSave, { facts }, admin);
      await expectOk(brochureSubmit, { id: String(b._id) }, admin);
    }
  }
});

test('R2: an older version approved after a newer one is refused, and families keep seeing the newer', async () => {
  const v3 = await expectOk(brochureSave, { facts }, admin);
  await expectOk(brochureSubmit, { id: v3.id }, admin);
  const v4 = await expectOk(brochureSave, { facts: { ...facts, title: '第四版' } }, admin);
  await expectOk(brochureSubmit, { id: v4.id }, admin);
  await expectOk(reviewDecide, { brochureId: v4.id, decision: 'approve', filingNumber: '忻教职招备〔2027〕044号' }, reviewer);
  expect(await invoke(reviewDecide, { brochureId: v3.id, decision: 'approve', filingNumber: '忻教职招备〔2027〕043号' }, reviewer)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('第 4 版') },
  });
  expect((await expectOk(brochureList, {}, student)).items.map((i) => i.id)).toContain(v4.id);
});

test('a revision that leaves the guardian off no longer keeps the guardian’s name and phone', async () => {
  const adult = { ...aForm().student, idNumber: idNumber('20080101', 123), graduationYear: 2027 };
  const { formId } = await expectOk(choiceSubmit, aForm({ choices: [xz], student: adult }), student);
  await expectOk(choiceRevise, { ...aForm({ choices: [xz], student: adult, guardian: undefined }), formId }, student);
  expect(backend.emulator.store.getById('choiceForms', formId)?.doc.guardian).toBeUndefined();
  const [lead] = backend.emulator.store.find('leads', { formId });
  expect((await expectOk(leadDetail, { id: String(lead?._id) }, admin)).guardian).toBeNull();
});

test('a late retry of an earlier revision does not undo the later one', async () => {
  const { formId } = await expectOk(choiceSubmit, aForm({ choices: [xz] }), student);
  const first = { ...aForm({ choices: [xz, xinfu] }), formId };
  const second = { ...aForm({ choices: [xz] }), formId };
  await expectOk(choiceRevise, first, student);
  await expectOk(choiceRevise, second, student);
  expect(await expectOk(choiceRevise, first, student)).toMatchObject({ revision: 3, choices: [{ schoolName: '忻州市职业技术学校' }] });
  expect(backend.emulator.store.getById('choiceForms', formId)?.doc).toMatchObject({ revision: 3 });
});

test('R24: a lead the school marked lost stays lost when the family drops the school and chooses it again', async () => {
  const { formId } = await expectOk(choiceSubmit, aForm({ choices: [xz, xinfu] }), student);
  const [lead] = backend.emulator.store.find('leads', { formId, schoolId: 'school-xz-vocational' });
  const id = String(lead?._id);
  await expectOk(leadProgress, { id, status: 'lost', note: '已被普通高中录取' }, openidOf('recruiter'));
  await expectOk(choiceRevise, { ...aForm({ choices: [xinfu] }), formId }, student);
  const mine = await expectOk(choiceMine, {}, student);
  expect(mine.forms[0]?.timeline.map((t) => t.text)).toContain('忻州市职业技术学校：志愿已撤回');
  await expectOk(choiceRevise, { ...aForm({ choices: [xinfu, xz] }), formId }, student);
  expect(backend.emulator.store.getById('leads', id)?.doc).toMatchObject({ status: 'lost' });
});

test('R24: a withdrawn lead is handed to no one; refusing to drop an enrolled school names it', async () => {
  const { formId } = await expectOk(choiceSubmit, aForm({ choices: [xz, xinfu] }), student);
  const [lead] = backend.emulator.store.find('leads', { formId, schoolId: 'school-xz-vocational' });
  const id = String(lead?._id);
  expect((await admit(backend.emulator, lead as unknown as Lead)).ok).toBe(true);
  await expectOk(leadProgress, { id, status: 'enrolled' }, openidOf('recruiter'));
  expect(await invoke(choiceRevise, { ...aForm({ choices: [xinfu] }), formId }, student)).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('忻州市职业技术学校已为该学生办理报到') },
  });
  const other = await expectOk(
    choiceSubmit,
    aForm({ choices: [xz], student: { ...aForm().student, idNumber: idNumber('20110315', 555) } }),
    openidOf('guardian'),
  );
  await expectOk(choiceWithdraw, { formId: other.formId }, openidOf('guardian'));
  const [withdrawn] = backend.emulator.store.find('leads', { formId: other.formId });
  expect(await invoke(leadReassign, { id: String(withdrawn?._id), recruiterStaffId: 'staff-recruiter-li' }, admin)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
});

test('records stored before today’s input rules still read: a tab in a fee standard does not break the list', async () => {
  const stored = backend.emulator.store.getById('brochures', 'brochure-xz-vocational-v2')?.doc;
  backend.emulator.store.write([
    {
      collection: 'brochures',
      id: 'brochure-xz-vocational-v2',
      doc: { ...stored, fees: [{ item: '住宿费', standard: '每学年\t600 元', amountYuan: 600, isTuition: false }] },
    },
  ]);
  expect((await expectOk(brochureList, {}, student)).items.map((i) => i.id)).toContain('brochure-xz-vocational-v2');
});

test('names refuse invisible format characters that make one name look like another', async () => {
  const spoofed = aForm({ student: { ...aForm().student, name: '李\u202e明' } });
  expect(await invoke(choiceSubmit, spoofed, student)).toMatchObject({ ok: false, error: { fields: { 'student.name': CONTROL_MESSAGE } } });
});
