import { main as lotterySeedPublish } from '../../../cloudfunctions/bureau/lotterySeedPublish';
import { main as lotterySeedReveal } from '../../../cloudfunctions/bureau/lotterySeedReveal';
import { main as unifiedDryRun } from '../../../cloudfunctions/sheets/unifiedDryRun';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { allocationStudentId, unifiedExport } from '../../../cloudfunctions/domains/admission/unified/export';
import { currentSeason } from '../../../cloudfunctions/domains/season/season';
import { allocate, allocationInputSchema, type AllocationInput } from '../../../shared/allocation';
import type { Brochure, BrochureSeries } from '../../../shared/records/brochure';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { PriorityOrder } from '../../../shared/allocation';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import {
  AFTER_DEADLINE,
  bureau,
  contestedSeason as contestedSeasonIn,
  everything as everythingIn,
  file,
  makeUnified,
  planPlaces as planPlacesIn,
  XF,
  XZ,
} from '../../helpers/unified';
import { expectOk } from '../../helpers/calls';

/**
 * R26: the bureau's dry run — the allocation over the season's active forms as they stand, each
 * major's fill and last admitted priority, the unplaced and why — after the choice deadline, in a
 * unified season, with the seed revealed; it changes nothing.
 */
const backend = freshBackendPerTest();
const store = () => backend.emulator.store;
const everything = () => everythingIn(store());
const planPlaces = (brochureId: string, majorId: string, places: number) => planPlacesIn(store(), brochureId, majorId, places);
const contestedSeason = () => contestedSeasonIn(store());
/**
 * The export rebuilt from the stored records in the test's own words: active forms of 2027, each
 * approved brochure's majors with their places (others 0), the season's priorities and seed.
 */
function exportFromStore(seed: string, commitment: string, priorities: PriorityOrder): AllocationInput {
  const forms = store().find('choiceForms', { year: 2027, status: 'active' }) as unknown as ChoiceFormRecord[];
  const series = store().find('brochureSeries', { year: 2027 }) as unknown as BrochureSeries[];
  const places = new Map<string, { schoolId: string; majorId: string; places: number }>();
  for (const s of series) {
    const b = s.currentApprovedId ? (store().getById('brochures', s.currentApprovedId)?.doc as unknown as Brochure) : null;
    for (const m of b?.majors ?? [])
      places.set(`${b?.schoolId}|${m.majorId}`, { schoolId: String(b?.schoolId), majorId: m.majorId, places: b?.status === 'approved' ? m.places : 0 });
  }
  for (const f of forms)
    for (const c of f.choices)
      if (!places.has(`${c.schoolId}|${c.majorId}`)) places.set(`${c.schoolId}|${c.majorId}`, { schoolId: c.schoolId, majorId: c.majorId, places: 0 });
  const majors = [...places.values()];
  const schools = [...new Set(majors.map((m) => m.schoolId))].map((id) => {
    const s = store().getById('schools', id)?.doc as { kind: 'city' | 'district'; district: string };
    return { schoolId: id, kind: s.kind, district: s.district };
  });
  const students = forms.map((f) => ({
    studentId: allocationStudentId(2027, f.studentKey),
    choices: [...f.choices].sort((a, b) => a.rank - b.rank).map((c) => ({ schoolId: c.schoolId, majorId: c.majorId })),
    district: String(store().getById('juniorSchools', f.student.juniorSchoolId)?.doc.district),
    group: f.student.group,
  }));
  return allocationInputSchema.parse({ schools, majors, students, priorities, seed, seedCommitment: commitment });
}

test('R26: the dry run changes nothing, and answers what allocate gives on the export rebuilt from the stored forms and brochures', async () => {
  const { seed, commitment } = await contestedSeason();
  const before = everything();
  const run = await expectOk(unifiedDryRun, {}, bureau);
  expect(everything()).toEqual(before);

  const expected = allocate(exportFromStore(seed, commitment, [{ kind: 'ownDistrict' }]));
  expect(run).toMatchObject({
    year: 2027,
    seed,
    commitment,
    students: 4,
    placed: expected.placed,
    unplaced: expected.unplaced,
    exportDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  expect(run.majors.map((m) => [m.schoolId, m.majorId, m.places, m.filled, m.waiting])).toEqual(
    expected.majors.map((m) => [m.schoolId, m.majorId, m.places, m.filled, m.waiting]),
  );
  // the function's own export is the same one, read page by page from the database
  const exported = await unifiedExport(await currentSeason(), { seed, commitment });
  expect(allocate(exported.input)).toEqual(expected);
  expect(run.exportDigest).toBe(exported.digest);
  // names and words for the bureau: 忻府区's district school admitted its own district's student, the 原平市 student never got it
  const xf = run.majors.find((m) => m.majorId === XF.majorId);
  expect(xf).toMatchObject({
    schoolName: expect.stringMatching(/[\u4e00-\u9fa5]/),
    majorName: expect.stringMatching(/[\u4e00-\u9fa5]/),
    places: 1,
    filled: 1,
    lastAdmitted: expect.stringMatching(/^本区县学生，抽签号 \d+$/),
  });
  expect(run.majors.find((m) => m.majorId === XZ.majorId)).toMatchObject({
    places: 1,
    filled: 1,
    lastAdmitted: expect.stringMatching(/^市属学校不分区县，抽签号 \d+$/),
  });
  // two one-place majors, four students: two stay unplaced, each because a higher priority filled their choices
  expect(run).toMatchObject({
    placed: 2,
    unplaced: 2,
    unplacedWhy: [{ why: 'full-at-higher-priority', label: expect.stringMatching(/[\u4e00-\u9fa5]/), count: 2 }],
  });
  // the same export, the same answer
  expect(await expectOk(unifiedDryRun, {}, bureau)).toEqual(run);
});

test('R26: a withdrawn brochure’s majors have no places — their applicants wait, unplaced for want of places; a withdrawn form is left out', async () => {
  await makeUnified();
  const gone = await file(1, [XF]);
  await file(2, [XF, XZ]);
  await file(3, [XZ]);
  await expectOk(choiceWithdraw, { formId: gone.formId }, gone.family);
  await expectOk(lotterySeedPublish, {}, bureau);
  const brochure = store().getById('brochures', XF.brochureId)?.doc as Record<string, unknown>;
  store().write([{ collection: 'brochures', id: XF.brochureId, doc: { ...brochure, status: 'withdrawn' } }]);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  const { seed, commitment } = await expectOk(lotterySeedReveal, {}, bureau);
  const run = await expectOk(unifiedDryRun, {}, bureau);
  expect(run.students).toBe(2);
  expect(run.majors.filter((m) => m.schoolId === 'school-xinfu-vocational').every((m) => m.places === 0 && m.filled === 0)).toBe(true);
  expect(run.majors.find((m) => m.majorId === XZ.majorId)).toMatchObject({ filled: 2 });
  expect(run).toMatchObject({ placed: 2, unplaced: 0, unplacedWhy: [] });
  expect(allocate(exportFromStore(seed, commitment, [{ kind: 'ownDistrict' }])).placed).toBe(2);

  // with no places left anywhere they chose, a student is unplaced for want of places
  planPlaces(XZ.brochureId, XZ.majorId, 1);
  const tight = await expectOk(unifiedDryRun, {}, bureau);
  expect(tight).toMatchObject({ placed: 1, unplaced: 1, unplacedWhy: [{ why: 'full-at-higher-priority', count: 1 }] });
});

test('R26: refused before the deadline, for a school season, before the seed is revealed, and when a form carries more than six choices', async () => {
  expect(await invoke(unifiedDryRun, {}, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('本年度按学校录取') },
  });
  await makeUnified();
  const { formId } = await file(1, [XZ]);
  expect(await invoke(unifiedDryRun, {}, bureau)).toMatchObject({
    ok: false,
    error: { code: 'WINDOW_CLOSED', message: '志愿填报到 2027-05-31 截止，截止之后才能试运行统一录取。' },
  });
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  expect(await invoke(unifiedDryRun, {}, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('没有在志愿填报截止前公布') },
  });
  // a commitment published in time, not yet revealed
  process.env.LOCAL_EMULATOR_NOW = '2027-05-20T10:00:00+08:00';
  await expectOk(lotterySeedPublish, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  expect(await invoke(unifiedDryRun, {}, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '抽签种子还没有公布，请先公布种子，再试运行统一录取。' },
  });
  await expectOk(lotterySeedReveal, {}, bureau);
  // a form filed while the season allowed more than six
  const form = store().getById('choiceForms', formId)?.doc as { choices: object[] };
  const first = form.choices[0] as object;
  store().write([{ collection: 'choiceForms', id: formId, doc: { ...form, choices: Array.from({ length: 7 }, (_v, i) => ({ ...first, rank: i + 1 })) } }]);
  expect(await invoke(unifiedDryRun, {}, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('有 1 份志愿表的志愿超过 6 个') },
  });
});

test('R26: hostile input to the dry run is refused in Chinese; only the bureau admin may run it', async () => {
  await contestedSeason();
  for (const event of [{ year: 2026 }, { seed: '0'.repeat(64) }, 'run', [{}], { priorities: [] }]) {
    expect(await invoke(unifiedDryRun, event, bureau)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    });
  }
  for (const who of ['guardian', 'schoolAdmin', 'reviewer', 'juniorStaff', 'recruiter'])
    expect(await invoke(unifiedDryRun, {}, openidOf(who))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
