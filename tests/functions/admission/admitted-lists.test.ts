import { main as admittedListGet } from '../../../cloudfunctions/public/admittedListGet';
import { main as admittedListMine } from '../../../cloudfunctions/school/admittedListMine';
import { main as admittedListPublish } from '../../../cloudfunctions/school/admittedListPublish';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import type { LeadStatus } from '../../../shared/records/lead';
import { freshBackendPerTest, IN_CHOICE_WINDOW, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/**
 * R14, R25: a school publishes its admitted list per major when it chooses to, as versions kept
 * until the season's work ends; anyone reads them, with masked names and nothing else personal.
 * Admitted leads are seeded straight into the store (admission itself is tested elsewhere).
 */
const IN_ADMISSION_WINDOW = '2027-07-10T10:00:00+08:00';
const backend = freshBackendPerTest(IN_ADMISSION_WINDOW);
const XZ = 'school-xz-vocational';
const admin = openidOf('schoolAdmin'); // 忻州市职业技术学校's 赵主任
const anyone = 'openid-a-passer-by';
const store = () => backend.emulator.store;

interface Student {
  name: string;
  idNumber: string;
  formId: string;
  leadId: string;
}

let made = 0;
/** A student's form, filed by their own family in the choice window; answers the lead at 职业技术学校. */
async function student(name: string, juniorSchoolId = 'junior-xz-2'): Promise<Student> {
  const n = made++;
  const id = idNumber('20110315', 101 + 2 * n);
  process.env.LOCAL_EMULATOR_NOW = IN_CHOICE_WINDOW;
  try {
    const { formId } = await expectOk(choiceSubmit, aForm({ student: { ...aForm().student, name, idNumber: id, juniorSchoolId } }), `family-admitted-${n}`);
    const lead = store().find('leads', { formId, schoolId: XZ })[0];
    if (!lead) throw new Error(`no lead for ${name}`);
    return { name, idNumber: id, formId, leadId: String(lead._id) };
  } finally {
    process.env.LOCAL_EMULATOR_NOW = IN_ADMISSION_WINDOW;
  }
}

/** The lead as admission left it: a status, and the major it was admitted to (kept whatever came after). */
function setLead(s: Student, status: LeadStatus, majorId = 'major-xz-001', majorName = '计算机应用') {
  const doc = store().getById('leads', s.leadId)?.doc;
  if (!doc) throw new Error(`no lead ${s.leadId}`);
  const notice = { reportOn: '2027-08-28', place: '学校报到处', bring: '录取通知书、户口簿' };
  store().write([
    { collection: 'leads', id: s.leadId, doc: { ...doc, status, admission: { majorId, majorName, rank: 1, at: doc.updatedAt, staffName: '赵主任', notice } } },
  ]);
}

const publish = (majorId = 'major-xz-001', openid = admin) => invoke(admittedListPublish, { majorId }, openid);

beforeEach(() => {
  made = 0;
});

test('R14, R25: a published list names only the students admitted to or enrolled in that major, masked (张*明, 李*, 欧**华), with their junior high; anyone reads it and it carries no ID number, phone, OPENID, lead id or full name', async () => {
  const zhang = await student('张小明');
  const li = await student('李明');
  const ouyang = await student('欧阳建华', 'junior-xz-6');
  const nursing = await student('王护理');
  const others = await Promise.all(['赵放弃', '钱离校', '孙未读', '周撤回'].map((name) => student(name)));
  setLead(zhang, 'admitted');
  setLead(li, 'enrolled');
  setLead(ouyang, 'admitted');
  setLead(nursing, 'admitted', 'major-xz-003', '护理');
  (['released', 'left', 'lost', 'withdrawn'] as const).forEach((status, i) => setLead(others[i] as Student, status));

  const published = await expectOk(admittedListPublish, { majorId: 'major-xz-001' }, admin);
  expect(published).toEqual({ majorId: 'major-xz-001', majorName: '计算机应用', version: 1, publishedAt: '2027-07-10T02:00:00.000Z', count: 3 });

  const view = await expectOk(admittedListGet, { schoolId: XZ }, anyone);
  expect(view).toMatchObject({ schoolName: '忻州市职业技术学校', year: 2027, ended: false });
  expect(view.majors).toHaveLength(1);
  expect(view.majors[0]).toEqual({
    majorId: 'major-xz-001',
    majorName: '计算机应用',
    shown: {
      version: 1,
      publishedAt: '2027-07-10T02:00:00.000Z',
      count: 3,
      // grouped by junior high, then by name, in Chinese (pinyin) order: 二中 before 六中, 李 before 张
      entries: [
        { name: '李*', juniorSchoolName: '忻州市第二中学初中部', majorName: '计算机应用' },
        { name: '张*明', juniorSchoolName: '忻州市第二中学初中部', majorName: '计算机应用' },
        { name: '欧**华', juniorSchoolName: '忻州市第六中学', majorName: '计算机应用' },
      ],
    },
    versions: [{ version: 1, publishedAt: '2027-07-10T02:00:00.000Z', count: 3 }],
  });

  const json = JSON.stringify(view);
  const everyone = [zhang, li, ouyang, nursing, ...others];
  for (const s of everyone) for (const secret of [s.name, s.idNumber, s.formId, s.leadId]) expect(json).not.toContain(secret);
  for (const secret of ['13800001234', '13900005678', '李建国', 'family-admitted', 'openid', '王*理', '赵*弃']) expect(json).not.toContain(secret);
  // nor in what the admin reads, nor in what publishing answered
  for (const s of everyone) expect(JSON.stringify([published, await expectOk(admittedListMine, {}, admin)])).not.toContain(s.leadId);
  // a family, a student and a junior high's teacher read the same
  for (const persona of ['guardian', 'student', 'juniorStaff']) expect(await expectOk(admittedListGet, { schoolId: XZ }, openidOf(persona))).toEqual(view);
});

test('R14, R4: each publication is a new version and the earlier ones are kept and readable; the admin sees who no list names yet and who a list names but no longer holds the admission', async () => {
  const [a, b, c] = [await student('张小明'), await student('李明'), await student('王五')];
  setLead(a, 'admitted');
  expect(await expectOk(admittedListPublish, { majorId: 'major-xz-001' }, admin)).toMatchObject({ version: 1, count: 1 });
  setLead(b, 'admitted');
  setLead(c, 'admitted', 'major-xz-003', '护理');
  const before = await expectOk(admittedListMine, {}, admin);
  expect(before).toMatchObject({ schoolName: '忻州市职业技术学校', year: 2027, ended: false });
  expect(before.majors.find((m) => m.majorId === 'major-xz-001')).toMatchObject({
    admitted: 2,
    notYetListed: 1,
    noLongerAdmitted: 0,
    versions: [{ version: 1, count: 1, publishedByName: '赵主任' }],
  });
  expect(before.majors.find((m) => m.majorId === 'major-xz-003')).toMatchObject({ majorName: '护理', admitted: 1, notYetListed: 1, versions: [] });
  // a filed major nobody was admitted to is listed too; the unfiled one is not
  expect(before.majors.find((m) => m.majorId === 'major-xz-002')).toMatchObject({ admitted: 0, notYetListed: 0, versions: [] });
  expect(before.majors.find((m) => m.majorId === 'major-xz-004')).toBeUndefined();

  process.env.LOCAL_EMULATOR_NOW = '2027-07-12T09:00:00+08:00';
  expect(await expectOk(admittedListPublish, { majorId: 'major-xz-001' }, admin)).toMatchObject({ version: 2, count: 2 });
  setLead(a, 'released');
  expect((await expectOk(admittedListMine, {}, admin)).majors.find((m) => m.majorId === 'major-xz-001')).toMatchObject({
    admitted: 1,
    notYetListed: 0,
    noLongerAdmitted: 1,
  });

  const latest = await expectOk(admittedListGet, { schoolId: XZ }, anyone);
  expect(latest.majors.map((m) => m.majorId)).toEqual(['major-xz-001']);
  expect(latest.majors[0]?.shown).toMatchObject({ version: 2, count: 2 });
  expect(latest.majors[0]?.versions.map((v) => [v.version, v.count])).toEqual([
    [2, 2],
    [1, 1],
  ]);
  // the first version as it was published, a released admission does not change a published version
  const first = await expectOk(admittedListGet, { schoolId: XZ, majorId: 'major-xz-001', version: 1 }, anyone);
  expect(first.majors[0]?.shown).toMatchObject({ version: 1, publishedAt: '2027-07-10T02:00:00.000Z', entries: [{ name: '张*明' }] });
  expect(store().count('admittedLists', {})).toBe(2);
  // the same year asked for explicitly
  expect(await expectOk(admittedListGet, { schoolId: XZ, year: 2027 }, anyone)).toEqual(latest);
});

const unchanged = (version: number) => ({
  ok: false,
  error: { code: 'CONFLICT', message: `计算机应用的录取名单自第 ${version} 版发布以来没有变化，无需再次发布。` },
});

test('R14: a list naming the same students as the latest version is not published again — the admin is told so and nothing is written; a student admitted or released since makes a new version', async () => {
  const a = await student('张小明');
  setLead(a, 'admitted');
  expect(await expectOk(admittedListPublish, { majorId: 'major-xz-001' }, admin)).toMatchObject({ version: 1, count: 1 });
  expect(await publish()).toMatchObject(unchanged(1));
  expect(store().count('admittedLists', {})).toBe(1);
  setLead(await student('李明'), 'admitted');
  expect(await expectOk(admittedListPublish, { majorId: 'major-xz-001' }, admin)).toMatchObject({ version: 2, count: 2 });
  expect(await publish()).toMatchObject(unchanged(2));
  setLead(a, 'released');
  expect(await expectOk(admittedListPublish, { majorId: 'major-xz-001' }, admin)).toMatchObject({ version: 3, count: 1 });
  expect(store().count('admittedLists', {})).toBe(3);
});

test('R14: publications of one major at the same moment never give two 1s — one publishes, the others are told nothing changed; with a student admitted since, one version 2', async () => {
  setLead(await student('张小明'), 'admitted');
  const results = await Promise.all([publish(), publish(), publish()]);
  expect(results.filter((r) => r.ok).map((r) => r.ok && r.data.version)).toEqual([1]);
  for (const refused of results.filter((r) => !r.ok)) expect(refused).toMatchObject(unchanged(1));
  setLead(await student('李明'), 'admitted');
  const again = await Promise.all([publish(), publish()]);
  expect(again.filter((r) => r.ok).map((r) => r.ok && r.data.version)).toEqual([2]);
  expect(again.find((r) => !r.ok)).toMatchObject(unchanged(2));
  expect(
    store()
      .find('admittedLists', {})
      .map((d) => d._id)
      .sort(),
  ).toEqual([`${XZ}-2027-major-xz-001-v1`, `${XZ}-2027-major-xz-001-v2`]);
});

test("R14: only the school's own admin publishes its lists: a recruiter, a family, the bureau and another school's admin are refused, and another school's major is refused like an unknown one", async () => {
  setLead(await student('张小明'), 'admitted');
  for (const persona of ['recruiter', 'guardian', 'student', 'bureauAdmin', 'reviewer', 'juniorStaff']) {
    expect({ persona, answer: await publish('major-xz-001', openidOf(persona)) }).toMatchObject({
      persona,
      answer: { ok: false, error: { code: 'FORBIDDEN' } },
    });
    expect({ persona, answer: await invoke(admittedListMine, {}, openidOf(persona)) }).toMatchObject({
      persona,
      answer: { ok: false, error: { code: 'FORBIDDEN' } },
    });
  }
  // 职业中学's admin names 职业技术学校's major; 职业技术学校's admin names 职业中学's
  expect(await publish('major-xz-001', 'seed-openid-admin-xinfu')).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { majorId: expect.stringContaining('本校没有这个专业') } },
  });
  expect(await publish('major-xf-001')).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { majorId: expect.stringContaining('本校没有这个专业') } },
  });
  // a school id in the body is no way round: the school is the caller's
  expect(await invoke(admittedListPublish, { majorId: 'major-xz-001', schoolId: 'school-xinfu-vocational' }, admin)).toMatchObject({
    ok: true,
    data: { version: 1 },
  });
  expect(
    store()
      .find('admittedLists', {})
      .map((d) => d.schoolId),
  ).toEqual([XZ]);
  // 职业中学's own (empty) lists are unaffected
  expect((await expectOk(admittedListGet, { schoolId: 'school-xinfu-vocational' }, anyone)).majors).toEqual([]);
});

test('R14: hostile or mistaken input gets a clear error code and writes nothing', async () => {
  const huge = 'x'.repeat(100_000);
  for (const [input, code] of [
    [{ majorId: 'major-nope' }, 'INVALID_INPUT'],
    [{ majorId: huge }, 'INVALID_INPUT'],
    [{ majorId: 42 }, 'INVALID_INPUT'],
    [{ majorId: { $ne: null } }, 'INVALID_INPUT'],
    [{}, 'INVALID_INPUT'],
    // nobody admitted to 汽车运用与维修: no empty list
    [{ majorId: 'major-xz-002' }, 'CONFLICT'],
  ] as const) {
    expect({ input: JSON.stringify(input).slice(0, 40), answer: await invoke(admittedListPublish, input, admin) }).toMatchObject({
      input: JSON.stringify(input).slice(0, 40),
      answer: { ok: false, error: { code, message: expect.any(String) } },
    });
  }
  expect((await publish('major-xz-002')) as unknown).toMatchObject({ error: { message: expect.stringContaining('汽车运用与维修现在没有录取的学生') } });
  for (const [input, code] of [
    [{ schoolId: huge }, 'INVALID_INPUT'],
    [{ schoolId: { $gt: '' } }, 'INVALID_INPUT'],
    [{}, 'INVALID_INPUT'],
    [{ schoolId: 'school-nope' }, 'NOT_FOUND'],
    [{ schoolId: XZ, year: 1999 }, 'INVALID_INPUT'],
    [{ schoolId: XZ, year: 2031 }, 'NOT_FOUND'],
    [{ schoolId: XZ, version: 1 }, 'INVALID_INPUT'],
    [{ schoolId: XZ, majorId: 'major-xz-001', version: 99 }, 'NOT_FOUND'],
    [{ schoolId: XZ, majorId: 'major-xz-001', version: -1 }, 'INVALID_INPUT'],
  ] as const) {
    expect({ input: JSON.stringify(input).slice(0, 40), answer: await invoke(admittedListGet, input, anyone) }).toMatchObject({
      input: JSON.stringify(input).slice(0, 40),
      answer: { ok: false, error: { code } },
    });
  }
  expect(store().count('admittedLists', {})).toBe(0);
});

test('R14, R4: once the year’s enrollment work has ended its lists are no longer shown and nothing more is published', async () => {
  setLead(await student('张小明'), 'admitted');
  await expectOk(admittedListPublish, { majorId: 'major-xz-001' }, admin);
  process.env.LOCAL_EMULATOR_NOW = '2027-12-01T09:00:00+08:00';
  expect(await expectOk(admittedListGet, { schoolId: XZ }, anyone)).toEqual({ schoolName: '忻州市职业技术学校', year: 2027, ended: true, majors: [] });
  expect(await publish()).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('招生工作已经结束') } });
  expect((await expectOk(admittedListMine, {}, admin)).ended).toBe(true);
  // kept, not deleted (R4)
  expect(store().count('admittedLists', {})).toBe(1);
});
