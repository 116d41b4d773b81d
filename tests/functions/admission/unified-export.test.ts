import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { main as offerAnswer } from '../../../cloudfunctions/family/offerAnswer';
import { main as unifiedCommit } from '../../../cloudfunctions/sheets/unifiedCommit';
import { main as unifiedDryRun } from '../../../cloudfunctions/sheets/unifiedDryRun';
import { main as unifiedRoundExport } from '../../../cloudfunctions/sheets/unifiedRoundExport';
import { main as lotterySeedPublish } from '../../../cloudfunctions/bureau/lotterySeedPublish';
import { main as lotterySeedReveal } from '../../../cloudfunctions/bureau/lotterySeedReveal';
import { recomputeRoundExport, roundExportFileSchema, unpackRound, type RoundExportFile } from '../../../shared/allocation/round-export';
import { seedCommitment } from '../../../shared/allocation/lottery';
import { canonicalJson } from '../../../shared/canonical-json';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import { unifiedRoundIdOf, type UnifiedOffer, type UnifiedRound } from '../../../shared/records/unified-round';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { idNumber } from '../../helpers/forms';
import { AFTER_DEADLINE, bureau, contestedSeason, everything, file, makeUnified, notices, planPlaces, XF, XZ } from '../../helpers/unified';
import { readExport, reportText } from '../../../scripts/recompute-round';

/**
 * R26: "the bureau exports each round's inputs (priorities, seed, choices by hashed student) and
 * result, and a command recomputes the result from the export alone" — round 1 and a round 2 that
 * moves a student up into a declined place; a tampered file is reported as different.
 */
const backend = freshBackendPerTest();
const store = () => backend.emulator.store;
const offers = () => store().find('unifiedOffers', {}) as unknown as UnifiedOffer[];
const forms = () => store().find('choiceForms', {}) as unknown as ChoiceFormRecord[];

/** The round's file, as the bureau downloads it. */
async function exported(round: number) {
  const answer = await exportOf(round);
  const text = gunzipSync(Buffer.from(answer.content, 'base64')).toString('utf8');
  const file = roundExportFileSchema.parse(JSON.parse(text));
  return { file, ...unpackRound(file), text, answer };
}
const exportOf = (round: number) => expectOk(unifiedRoundExport, { round }, bureau);

/** The contested season committed: two offers held (four students, two one-place majors). */
async function roundOne() {
  const season = await contestedSeason(store());
  await notices(store());
  await expectOk(unifiedCommit, { round: 1 }, bureau);
  return season;
}

test('R26: round 1’s export holds its inputs by pseudonym and its result, and recomputing it from the file alone gives the committed offers', async () => {
  const { seed, commitment } = await roundOne();
  const dry = await expectOk(unifiedDryRun, {}, bureau);
  const before = everything(store());
  const { file, decisions, result, text, answer } = await exported(1);
  // the export writes nothing
  expect(everything(store())).toEqual(before);
  expect(answer).toMatchObject({
    year: 2027,
    round: 1,
    fileName: '2027年统一录取第1轮.json.gz',
    students: 4,
    placed: 2,
    unplaced: 2,
    fileDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  // canonical JSON: the same text as its canonical form; the digest the bureau's page showed at the commit
  expect(canonicalJson(JSON.parse(text))).toBe(text);
  const round = store().getById('unifiedRounds', unifiedRoundIdOf(2027, 1))?.doc as unknown as UnifiedRound;
  expect(file.exportDigest).toBe(round.exportDigest);
  expect(answer.exportDigest).toBe(dry.exportDigest);
  expect(file).toMatchObject({ seed, seedCommitment: commitment, priorities: [{ kind: 'ownDistrict' }] });
  expect(decisions).toEqual([]);
  // each choice a number into the majors; the students' facts beside it
  expect(file.students[0]).toMatchObject({
    studentId: expect.stringMatching(/^[0-9a-f]{64}$/),
    choices: expect.arrayContaining([expect.any(Number)]),
    district: expect.any(String),
    group: 'current-graduate',
  });
  expect(file.students.map((s) => (s.offer === null ? 'none' : typeof s.offer)).sort()).toEqual(['none', 'none', 'number', 'number']);
  // the result is the committed offers, each student by the pseudonym the offers carry
  const committed = offers()
    .map((o) => [o.studentId, o.schoolId, o.majorId, o.rank])
    .sort();
  expect(
    result
      .filter((r) => r.offer)
      .map((r) => [r.studentId, r.offer?.schoolId, r.offer?.majorId, r.offer?.rank])
      .sort(),
  ).toEqual(committed);
  // no name, no ID number, no student key, no form id: nothing that names a student or joins the stored records
  for (const f of forms()) {
    expect(text).not.toContain(f.student.name);
    expect(text).not.toContain(f.studentKey);
    expect(text).not.toContain(f._id);
    expect(text).not.toContain(f.student.idMasked.slice(-4) + '"');
  }
  for (let n = 1; n <= 4; n++) expect(text).not.toContain(idNumber('20110317', 101 + 2 * n));

  const report = recomputeRoundExport(JSON.parse(text));
  expect(report).toMatchObject({ matches: true, problems: [], differences: [], year: 2027, round: 1, students: 4, placed: 2 });
  expect(reportText(report)).toMatch(/^一致：按2027年统一录取第1轮的输入重新计算，4 名学生的录取结果与公布的结果完全相同/);
});

test('R26: round 2’s export carries round 1’s outcomes (a decline, a held offer) and recomputes to the round that moved a student up into the declined place', async () => {
  await makeUnified();
  planPlaces(store(), XF.brochureId, XF.majorId, 1);
  const XZ2 = { brochureId: XZ.brochureId, majorId: 'major-xz-002' };
  const mover = await file(1, [XF, XZ2], 'junior-yp-1');
  const local = await file(2, [XF]);
  const other = await file(3, [XZ2]);
  await expectOk(lotterySeedPublish, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  await expectOk(lotterySeedReveal, {}, bureau);
  await notices(store());
  await expectOk(unifiedCommit, { round: 1 }, bureau);
  expect(await invoke(unifiedRoundExport, { round: 2 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '第2轮统一录取还没有确认，确认之后才能导出本轮的数据和结果。' },
  });
  await expectOk(offerAnswer, { formId: local.formId, answer: 'decline' }, local.family);
  await expectOk(unifiedCommit, { round: 2 }, bureau);
  // round 1's answers changed after round 1: its export still publishes what round 1 ran with and gave
  const one = await exported(1);
  expect(one.decisions).toEqual([]);
  expect(recomputeRoundExport(JSON.parse(one.text)).matches).toBe(true);

  const two = await exported(2);
  const pseudonymOf = (formId: string) => offers().find((o) => o.formId === formId)?.studentId ?? '';
  expect(two.decisions).toEqual(
    expect.arrayContaining([
      { studentId: pseudonymOf(local.formId), schoolId: XF.schoolId, majorId: XF.majorId, status: 'declined' },
      { studentId: pseudonymOf(mover.formId), schoolId: XZ.schoolId, majorId: XZ2.majorId, status: 'held' },
      { studentId: pseudonymOf(other.formId), schoolId: XZ.schoolId, majorId: XZ2.majorId, status: 'held' },
    ]),
  );
  const resultOf = (formId: string) => two.result.find((r) => r.studentId === pseudonymOf(formId))?.offer;
  // moved up to the choice ranked first; the one who declined has nothing; the kept offer stays
  expect(resultOf(mover.formId)).toEqual({ schoolId: XF.schoolId, majorId: XF.majorId, rank: 1 });
  expect(resultOf(local.formId)).toBeNull();
  expect(resultOf(other.formId)).toEqual({ schoolId: XZ.schoolId, majorId: XZ2.majorId, rank: 1 });
  expect(recomputeRoundExport(JSON.parse(two.text))).toMatchObject({ matches: true, round: 2, students: 3, placed: 2 });
});

test('R26: a tampered export is reported as different — one offer changed, the seed changed, the seed and its commitment changed, a student’s choices reordered', async () => {
  await roundOne();
  const { text } = await exported(1);
  const fresh = () => JSON.parse(text) as RoundExportFile;

  // one offer given to someone else
  const moved = fresh();
  const placed = moved.students.find((r) => r.offer);
  const unplaced = moved.students.find((r) => !r.offer && r.choices.includes(placed?.choices[(placed?.offer ?? 1) - 1] ?? -1));
  if (!placed || !unplaced) throw new Error('expected placed and unplaced students of one major');
  unplaced.offer = unplaced.choices.indexOf(placed.choices[(placed.offer ?? 1) - 1] ?? -1) + 1;
  placed.offer = null;
  const offerReport = recomputeRoundExport(moved);
  expect(offerReport.matches).toBe(false);
  expect(offerReport.differences.map((d) => d.studentId).sort()).toEqual([placed.studentId, unplaced.studentId].sort());
  expect(reportText(offerReport)).toMatch(/^不一致：.*有 2 名学生的重新计算结果与公布的不同。\n {2}学生 [0-9a-f]{64}：公布的结果为/);

  // a different seed: it does not match the commitment published before the deadline
  const reseeded = fresh();
  reseeded.seed = 'a'.repeat(64);
  expect(recomputeRoundExport(reseeded)).toMatchObject({ matches: false, problems: [expect.stringContaining('抽签种子与事先公布的承诺值不符')] });

  // a different seed with a commitment made to fit: the digest published at the commit no longer matches
  const forged = fresh();
  Object.assign(forged, { seed: 'b'.repeat(64), seedCommitment: seedCommitment('b'.repeat(64)) });
  const forgedReport = recomputeRoundExport(forged);
  expect(forgedReport.matches).toBe(false);
  expect(forgedReport.problems).toEqual([expect.stringContaining('输入在公布后被改动过')]);

  // a student's choices reordered
  const reordered = fresh();
  reordered.students.find((s) => s.choices.length > 1)?.choices.reverse();
  expect(recomputeRoundExport(reordered).matches).toBe(false);

  // a choice numbered past the majors
  const outside = fresh();
  outside.students[0]?.choices.push(99);
  expect(recomputeRoundExport(outside)).toMatchObject({ matches: false, problems: [expect.stringContaining('不存在的专业编号 99')] });

  // not an export at all
  expect(recomputeRoundExport({ students: [] })).toMatchObject({ matches: false, problems: [expect.stringContaining('不是统一录取的导出文件')] });
});

test('R26: `npm run recompute -- <file>` reads only the file — exit 0 when it matches, 1 with the differences when tampered, 2 when unreadable', async () => {
  await roundOne();
  const { answer, text } = await exported(1);
  const dir = mkdtempSync(join(tmpdir(), 'recompute-'));
  try {
    const gz = join(dir, answer.fileName);
    writeFileSync(gz, Buffer.from(answer.content, 'base64'));
    expect(readExport(gz)).toEqual(JSON.parse(text));
    const tampered = JSON.parse(text) as RoundExportFile;
    const placed = tampered.students.find((r) => r.offer);
    if (placed) placed.offer = null;
    const plain = join(dir, 'tampered.json');
    writeFileSync(plain, JSON.stringify(tampered, null, 2));
    const run = async (args: string[]) => {
      try {
        const { stdout } = await promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), 'scripts/recompute-round.ts', ...args], {
          cwd: process.cwd(),
        });
        return { code: 0, stdout };
      } catch (e) {
        const failed = e as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout + failed.stderr };
      }
    };
    const [same, different, missing] = await Promise.all([run([gz]), run([plain]), run([join(dir, 'none.json')])]);
    expect(same).toMatchObject({ code: 0, stdout: expect.stringMatching(/^一致：/) });
    expect(different).toMatchObject({ code: 1, stdout: expect.stringContaining(`学生 ${placed?.studentId}：公布的结果为 未录取`) });
    expect(missing).toMatchObject({ code: 2, stdout: expect.stringContaining('无法读取') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('R26: the export is refused before the round is committed and in a school season; hostile input refused in Chinese; only the bureau admin', async () => {
  expect(await invoke(unifiedRoundExport, { round: 1 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('本年度按学校录取') },
  });
  await contestedSeason(store());
  expect(await invoke(unifiedRoundExport, { round: 1 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '第1轮统一录取还没有确认，确认之后才能导出本轮的数据和结果。' },
  });
  for (const who of ['guardian', 'schoolAdmin', 'recruiter', 'reviewer', 'juniorStaff']) {
    expect(await invoke(unifiedRoundExport, { round: 1 }, openidOf(who))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  for (const event of [{ round: 0 }, { round: '1' }, { round: 1.5 }, { round: 21 }, {}, { round: 1, all: true }, 'export', [{}]]) {
    expect(await invoke(unifiedRoundExport, event, bureau)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    });
  }
});
