import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { main as earlyStudyRequest } from '../../../cloudfunctions/family/earlyStudyRequest';
import { main as juniorProgress } from '../../../cloudfunctions/junior/juniorProgress';
import { main as leadDetail } from '../../../cloudfunctions/school/leadDetail';
import { main as leadList } from '../../../cloudfunctions/school/leadList';
import { main as targetDashboard } from '../../../cloudfunctions/bureau/targetDashboard';
import type { Lead } from '../../../shared/records/lead';
import { admit } from '../../helpers/admission';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/** R23, R11: a junior high follows its own graduates as counts against its sending target. */
const backend = freshBackendPerTest('2027-05-10T10:00:00+08:00');
const junior = openidOf('juniorStaff'); // 忻州市第二中学初中部

async function submitFor(juniorSchoolId: string, sequence: number, at: string, viaPoster?: string) {
  process.env.LOCAL_EMULATOR_NOW = at;
  const form = {
    ...aForm({ student: { ...aForm().student, name: `学生${sequence}`, idNumber: idNumber('20110315', sequence), juniorSchoolId } }),
    ...(viaPoster ? { viaPoster } : {}),
  };
  return (await expectOk(choiceSubmit, form, `family-${sequence}`)).formId;
}

test('R23, R11: a junior high’s teacher sees its own counts against its target, by vocational school and by week, and the early-study requests waiting — no names', async () => {
  const first = await submitFor('junior-xz-2', 101, '2027-04-13T09:00:00+08:00', 'junior-xz-2');
  await submitFor('junior-xz-2', 103, '2027-04-18T23:30:00+08:00');
  await submitFor('junior-xz-2', 105, '2027-04-19T00:30:00+08:00');
  await submitFor('junior-xz-6', 107, '2027-04-19T10:00:00+08:00');
  process.env.LOCAL_EMULATOR_NOW = '2027-05-10T10:00:00+08:00';
  const lead = (backend.emulator.store.find('leads', { formId: first, schoolId: 'school-xz-vocational' }) as unknown as Lead[])[0];
  expect((await admit(backend.emulator, lead as Lead)).ok).toBe(true);
  await expectOk(earlyStudyRequest, { formId: first, schoolId: 'school-xz-vocational' }, 'family-101');
  const progress = await expectOk(juniorProgress, {}, junior);
  expect(progress).toMatchObject({
    juniorSchoolName: '忻州市第二中学初中部',
    district: '忻府区',
    graduates: 620,
    sendingTarget: 330,
    forms: 3,
    admitted: 1,
    enrolled: 0,
    viaPoster: 1,
    formsRate: 0.9,
    completion: 0,
    meetsRatio: false,
  });
  expect(progress.bySchool).toEqual(
    [
      { schoolId: 'school-xinfu-vocational', schoolName: '忻府区职业中学', forms: 3, admitted: 0, enrolled: 0 },
      { schoolId: 'school-xz-vocational', schoolName: '忻州市职业技术学校', forms: 3, admitted: 1, enrolled: 0 },
    ].sort((a, b) => b.forms - a.forms || a.schoolName.localeCompare(b.schoolName, 'zh-CN')),
  );
  // weeks begin on Monday in Shanghai: Sunday 18 April 23:30 is the week of the 12th, Monday 00:30 the next
  expect(progress.byWeek).toEqual([
    { weekOf: '2027-04-12', forms: 2 },
    { weekOf: '2027-04-19', forms: 1 },
  ]);
  expect(progress.earlyStudy).toEqual({ pending: 1, confirmed: 0 });
  expect(JSON.stringify(progress)).not.toMatch(/学生1|李建国|1380|110105/);
});

test('R23: junior-high staff are refused on every family function, on schools’ leads and on the bureau’s figures', async () => {
  const formId = await submitFor('junior-xz-2', 111, '2027-04-15T10:00:00+08:00');
  process.env.LOCAL_EMULATOR_NOW = '2027-05-10T10:00:00+08:00';
  const lead = (backend.emulator.store.find('leads', { formId }) as unknown as Lead[])[0];
  const calls: Array<[string, (e: unknown, c: unknown) => Promise<unknown>, object]> = [
    ['choiceSubmit', choiceSubmit, aForm()],
    ['choiceRevise', choiceRevise, { ...aForm(), formId }],
    ['choiceWithdraw', choiceWithdraw, { formId }],
    ['choiceMine', choiceMine, {}],
    ['earlyStudyRequest', earlyStudyRequest, { formId, schoolId: 'school-xz-vocational' }],
    ['leadList', leadList, {}],
    ['leadDetail', leadDetail, { id: lead?._id }],
    ['targetDashboard', targetDashboard, {}],
  ];
  for (const [name, main, event] of calls)
    expect({ name, result: await invoke(main, event, junior) }).toMatchObject({ name, result: { ok: false, error: { code: 'FORBIDDEN' } } });
  // and nothing changed
  expect(backend.emulator.store.getById('choiceForms', formId)?.doc).toMatchObject({ status: 'active', revision: 1 });
});
