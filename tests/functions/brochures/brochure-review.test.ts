import { main as brochureDetail } from '../../../cloudfunctions/public/brochureDetail';
import { main as brochureList } from '../../../cloudfunctions/public/brochureList';
import { main as brochureMine } from '../../../cloudfunctions/school/brochureMine';
import { main as brochureSave } from '../../../cloudfunctions/school/brochureSave';
import { main as brochureSubmit } from '../../../cloudfunctions/school/brochureSubmit';
import { main as brochureVersion } from '../../../cloudfunctions/staff/brochureVersion';
import { main as reviewDecide } from '../../../cloudfunctions/bureau/reviewDecide';
import { main as reviewQueue } from '../../../cloudfunctions/bureau/reviewQueue';
import { main as schoolSave } from '../../../cloudfunctions/bureau/schoolSave';
import type { Emulator } from '../../../emulator/server';
import type { BrochureFacts } from '../../../shared/records/brochure';
import { invoke, localBackend, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';

/** The brochure's life through the functions and the emulator: draft, submit, review, publish. */
let emulator: Emulator;
beforeEach(async () => {
  emulator = await localBackend();
});
afterEach(() => emulator.close());

const admin = openidOf('schoolAdmin'); // 忻州市职业技术学校, a city school
const cityReviewer = openidOf('reviewer');
const districtReviewer = 'seed-openid-reviewer-xinfu'; // 忻府区
const family = openidOf('guardian');

const goodFacts: BrochureFacts = {
  title: '忻州市职业技术学校2027年招生简章（修订）',
  campusAddress: '忻州市忻府区和平街 88 号',
  majors: [
    { majorId: 'major-xz-001', places: 120 },
    { majorId: 'major-xz-003', places: 60 },
  ],
  internship: '第三学年顶岗实习 6 个月',
  subsidyPolicy: '免学费；国家助学金每生每年 2300 元',
  fees: [
    { item: '学费', standard: '免学费', amountYuan: 0, isTuition: true },
    { item: '住宿费', standard: '每学年 600 元', amountYuan: 600, isTuition: false },
  ],
  contactPhone: '0350-3031234',
};

async function submitDraft(facts: BrochureFacts = goodFacts) {
  const { id } = await expectOk(brochureSave, { facts }, admin);
  return { id, result: await invoke(brochureSubmit, { id }, admin) };
}

const listIds = async (event: object = {}) => (await expectOk(brochureList, event, family)).items.map((i) => i.id);

test('R2: a submitted brochure is not listed and not found by its id until the city bureau approves it', async () => {
  const { id, result } = await submitDraft();
  expect(result).toEqual({ ok: true, data: { id, status: 'submitted' } });
  expect(await listIds()).not.toContain(id);
  expect(await invoke(brochureDetail, { id }, family)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

  expect((await expectOk(reviewQueue, {}, cityReviewer)).items.map((i) => i.id)).toContain(id);
  expect(await invoke(reviewDecide, { brochureId: id, decision: 'approve', filingNumber: '忻教职招备〔2027〕020号' }, cityReviewer)).toEqual({
    ok: true,
    data: { id, status: 'approved' },
  });

  const shown = await expectOk(brochureDetail, { id }, family);
  expect(shown.filing).toEqual({ mark: '已经市教育局审查备案', number: '忻教职招备〔2027〕020号', date: expect.any(String) });
  expect(await listIds()).toContain(id);
});

test('R2: approval supersedes the version families saw; an old link opens the new one; nothing is deleted', async () => {
  const { id } = await submitDraft();
  await expectOk(reviewDecide, { brochureId: id, decision: 'approve', filingNumber: '忻教职招备〔2027〕021号' }, cityReviewer);
  const old = 'brochure-xz-vocational-v2';
  expect(emulator.store.getById('brochures', old)?.doc.status).toBe('superseded');
  expect((await expectOk(brochureDetail, { id: old }, family)).id).toBe(id);
  const listed = await listIds();
  expect(listed).toContain(id);
  expect(listed).not.toContain(old);
  expect(emulator.store.count('brochures', { schoolId: 'school-xz-vocational' })).toBe(3);
});

test('R2: a rejected brochure is never listed; the reason reaches the school admin; a fixed version can then be approved', async () => {
  const { id } = await submitDraft();
  const reason = '实习时间写得不清楚，请写明起止月份。';
  expect(await invoke(reviewDecide, { brochureId: id, decision: 'reject', reason }, cityReviewer)).toEqual({ ok: true, data: { id, status: 'rejected' } });
  expect(await listIds()).not.toContain(id);
  expect(await invoke(brochureDetail, { id }, family)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

  const mine = await expectOk(brochureMine, {}, admin);
  expect(mine.versions.find((v) => v.id === id)).toMatchObject({ status: 'rejected', rejectionReason: reason });
  expect(emulator.store.find('inbox', { recipientOpenid: admin })).toEqual([expect.objectContaining({ kind: 'brochure-decision', body: reason })]);
  expect(emulator.store.find('reviewDecisions', { brochureId: id })).toEqual([
    expect.objectContaining({ decision: 'rejected', reason, reviewerName: '刘科长', at: expect.any(Date) }),
  ]);

  const fixed = await submitDraft({ ...mine.editing.facts, internship: '第三学年 3 月至 8 月顶岗实习' });
  expect(fixed.id).not.toBe(id);
  expect(await invoke(reviewDecide, { brochureId: fixed.id, decision: 'approve', filingNumber: '忻教职招备〔2027〕022号' }, cityReviewer)).toMatchObject({
    ok: true,
  });
  expect((await expectOk(brochureDetail, { id: fixed.id }, family)).internship).toBe('第三学年 3 月至 8 月顶岗实习');
});

test('R2: draft, rejected and withdrawn brochures of the demo are never shown, even by id', async () => {
  for (const id of ['brochure-xinfu-vocational-v2', 'brochure-yuanping-vocational-v1', 'brochure-yuanping-vocational-v2', 'brochure-dingxiang-vocational-v1']) {
    expect(await invoke(brochureDetail, { id }, family)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }
  expect((await listIds()).sort()).toEqual(['brochure-xinfu-vocational-v1', 'brochure-xz-vocational-v2']);
});

test('R2: a withdrawn brochure leaves the list at once', async () => {
  const id = 'brochure-xz-vocational-v2';
  expect(await invoke(reviewDecide, { brochureId: id, decision: 'withdraw', reason: '宣传内容与实际不符，暂停招生。' }, cityReviewer)).toMatchObject({
    ok: true,
    data: { status: 'withdrawn' },
  });
  expect(await listIds()).not.toContain(id);
  expect(await invoke(brochureDetail, { id }, family)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});

test('R2: a district reviewer cannot decide a city school’s brochure, nor another district’s; the city reviewer cannot decide a district school’s', async () => {
  const { id } = await submitDraft();
  expect(await invoke(reviewDecide, { brochureId: id, decision: 'approve', filingNumber: '忻教职招备〔2027〕030号' }, districtReviewer)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect((await expectOk(reviewQueue, {}, districtReviewer)).items.map((i) => i.id)).not.toContain(id);
  // 原平市 is another district than 忻府区
  expect(
    await invoke(reviewDecide, { brochureId: 'brochure-yuanping-vocational-v2', decision: 'reject', reason: '不属于本区的学校' }, districtReviewer),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(
    await invoke(reviewDecide, { brochureId: 'brochure-yuanping-vocational-v2', decision: 'reject', reason: '不属于市教育局审查' }, cityReviewer),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(emulator.store.getById('brochures', 'brochure-yuanping-vocational-v2')?.doc.status).toBe('submitted');
});

test('R2: families and recruiters cannot submit or decide; a school admin cannot decide', async () => {
  const { id } = await submitDraft();
  for (const who of [family, openidOf('student'), openidOf('recruiter'), admin]) {
    expect(await invoke(reviewDecide, { brochureId: id, decision: 'approve', filingNumber: '忻教职招备〔2027〕031号' }, who)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  }
  for (const who of [family, openidOf('recruiter'), cityReviewer]) {
    expect(await invoke(brochureSubmit, { id }, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke(brochureSave, { facts: goodFacts }, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  expect(await invoke(brochureVersion, { id }, family)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(emulator.store.getById('brochures', id)?.doc.status).toBe('submitted');
});

test('R2: the filing number must follow the configured format and be unused', async () => {
  const { id } = await submitDraft();
  expect(await invoke(reviewDecide, { brochureId: id, decision: 'approve', filingNumber: '2027-20' }, cityReviewer)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { filingNumber: '备案编号格式应如：忻教职招备〔2027〕008号' } },
  });
  expect(await invoke(reviewDecide, { brochureId: id, decision: 'approve', filingNumber: '忻教职招备〔2027〕007号' }, cityReviewer)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { filingNumber: '该备案编号已被使用' } },
  });
  expect(await invoke(reviewDecide, { brochureId: id, decision: 'reject', reason: '短' }, cityReviewer)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { reason: expect.any(String) } },
  });
  expect(emulator.store.getById('brochures', id)?.doc.status).toBe('submitted');
});

test('R2: a brochure is decided once; a second decision is refused in Chinese', async () => {
  const { id } = await submitDraft();
  await expectOk(reviewDecide, { brochureId: id, decision: 'reject', reason: '请补充实习安排。' }, cityReviewer);
  const again = await invoke(reviewDecide, { brochureId: id, decision: 'approve', filingNumber: '忻教职招备〔2027〕040号' }, cityReviewer);
  expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这份简章当前为“已退回”，不能审核。' } });
});

test('R3: a submitted version cannot change; the next save opens a new version', async () => {
  const { id } = await submitDraft();
  const before = emulator.store.getById('brochures', id)?.doc;
  const saved = await expectOk(brochureSave, { facts: { ...goodFacts, title: '改过的标题' } }, admin);
  expect(saved.id).not.toBe(id);
  expect(saved.version).toBe(4);
  expect(emulator.store.getById('brochures', id)?.doc).toEqual(before);
  expect(await invoke(brochureSubmit, { id }, admin)).toMatchObject({ ok: false, error: { code: 'NOT_EDITABLE' } });
});

test('R3: submission refuses a version that lacks a required fact, with the reason per field, and changes nothing', async () => {
  const { id, result } = await submitDraft({ ...goodFacts, campusAddress: ' ', internship: '', majors: [], fees: [] });
  expect(result).toMatchObject({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      fields: {
        campusAddress: '请填写办学地址',
        internship: '请填写实习时间与安排',
        majors: '请至少列出一个招生专业及计划人数',
        fees: '请列出收费项目与收费标准；免学费也请写明',
      },
    },
  });
  expect(emulator.store.getById('brochures', id)?.doc.status).toBe('draft');
});

test('R16: a fee item that charges tuition is refused at submission', async () => {
  const fees = [...goodFacts.fees.slice(1), { item: '学费', standard: '每学年 3000 元', amountYuan: 3000, isTuition: false }];
  const { result } = await submitDraft({ ...goodFacts, fees });
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'fees.1.amountYuan': '中职全日制学生免学费，学费金额应为 0' } } });
});

test('R5: an unfiled major cannot appear in a submitted brochure', async () => {
  const { result } = await submitDraft({ ...goodFacts, majors: [...goodFacts.majors, { majorId: 'major-xz-004', places: 30 }] });
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { 'majors.2.majorId': '“无人机操控与维护”未经教育行政部门备案，不能招生' } },
  });
});

test('R5: another school’s major cannot be listed, not even in a draft', async () => {
  const result = await invoke(brochureSave, { facts: { ...goodFacts, majors: [{ majorId: 'major-yp-001', places: 10 }] } }, admin);
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'majors.0.majorId': '该专业不属于本校' } } });
});

test('R1: a school without this year’s qualification cannot submit, and its approved brochure leaves the list', async () => {
  const { id } = await expectOk(brochureSave, { facts: goodFacts }, admin);
  // the bureau records the failed inspection in the registry, as it does (schoolSave)
  const { _id: schoolId, qualifications: _was, updatedAt: _at, revision, ...school } = emulator.store.getById('schools', 'school-xz-vocational')?.doc ?? {};
  await expectOk(
    schoolSave,
    { ...school, id: schoolId, version: revision, qualification: { year: 2027, qualified: true, inspectionPassed: false } },
    openidOf('bureauAdmin'),
  );
  expect(await invoke(brochureSubmit, { id }, admin)).toMatchObject({ ok: false, error: { code: 'NOT_QUALIFIED' } });
  expect(await listIds()).not.toContain('brochure-xz-vocational-v2');
  expect(await invoke(brochureDetail, { id: 'brochure-xz-vocational-v2' }, family)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});

test('R4: every decision is kept with who, when and what, and approved versions are never deleted', async () => {
  const { id } = await submitDraft();
  await expectOk(reviewDecide, { brochureId: id, decision: 'approve', filingNumber: '忻教职招备〔2027〕050号' }, cityReviewer);
  await expectOk(reviewDecide, { brochureId: id, decision: 'withdraw', reason: '学校申请暂停招生。' }, cityReviewer);
  const history = await expectOk(brochureVersion, { id }, admin);
  expect(history.decisions.map((d) => d.decision)).toEqual(['withdrawn', 'approved']);
  expect(history.filing?.number).toBe('忻教职招备〔2027〕050号');
  expect(emulator.store.getById('brochures', 'brochure-xz-vocational-v2')?.doc.status).toBe('superseded');
});
