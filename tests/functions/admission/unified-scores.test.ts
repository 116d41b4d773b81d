import { gunzipSync } from 'node:zlib';
import { main as lotterySeedPublish } from '../../../cloudfunctions/bureau/lotterySeedPublish';
import { main as lotterySeedReveal } from '../../../cloudfunctions/bureau/lotterySeedReveal';
import { main as auditList } from '../../../cloudfunctions/bureau/auditList';
import { main as unifiedCommit } from '../../../cloudfunctions/sheets/unifiedCommit';
import { main as unifiedRoundExport } from '../../../cloudfunctions/sheets/unifiedRoundExport';
import { main as unifiedScoreImport } from '../../../cloudfunctions/sheets/unifiedScoreImport';
import { recomputeRoundExport, roundExportFileSchema } from '../../../shared/allocation/round-export';
import type { UnifiedOffer } from '../../../shared/records/unified-round';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { idNumber } from '../../helpers/forms';
import { AFTER_DEADLINE, bureau, everything, file, makeUnified, notices, planPlaces, XZ } from '../../helpers/unified';

/**
 * R26: the 中考 score priority — the bureau imports a spreadsheet of ID numbers and scores (preview,
 * then apply), each score kept only under the ID number's keyed hash; wrong rows are refused by row;
 * the allocation ranks by the score when the season's priorities include it; the import closes when
 * the seed is revealed.
 */
const backend = freshBackendPerTest();
const store = () => backend.emulator.store;
const idOf = (n: number) => idNumber('20110317', 101 + 2 * n);
const csv = (lines: string[]) => ({
  fileName: '中考成绩.csv',
  content: Buffer.from(['身份证号,姓名,中考成绩', ...lines].join('\n'), 'utf8').toString('base64'),
});
const preview = (lines: string[]) => expectOk(unifiedScoreImport, csv(lines), bureau);
async function imported(lines: string[]) {
  const { digest } = await preview(lines);
  return expectOk(unifiedScoreImport, { ...csv(lines), confirm: true, digest }, bureau);
}

test('R26: wrong rows are refused by row in Chinese — a wrong ID number, one stored as a number, a score out of range or not a number, an ID number twice — and a sheet with any is not imported', async () => {
  await makeUnified([{ kind: 'score' }]);
  const lines = [
    `${idOf(1)},学生1,560`,
    `${idOf(2).slice(0, 17)}${idOf(2).endsWith('1') ? '2' : '1'},学生2,540`,
    `4.10000000000000E+17,学生3,500`,
    `${idOf(4)},学生4,1200`,
    `${idOf(5)},学生5,-3`,
    `${idOf(6)},学生6,缺考`,
    `${idOf(7)},学生7,500.25`,
    `${idOf(8)},学生8,`,
    `${idOf(9)},学生9,480`,
    `${idOf(9).toLowerCase()},学生9,490`,
    ',,',
    `,学生10,400`,
  ];
  const answer = await preview(lines);
  expect(answer).toMatchObject({ applied: false, rows: 11, added: 1, changed: 0, unchanged: 0, usedByPriorities: true });
  expect(answer.problems).toEqual([
    { row: 3, message: '身份证号有误，请核对（18 位，最后一位可能是 X）' },
    { row: 4, message: '身份证号被表格存成了数字（显示为科学计数法），请把这一列设为文本格式后重新填写' },
    { row: 5, message: '中考成绩超出范围（0–1000）' },
    { row: 6, message: '中考成绩应为 0–1000 的数，不能为负' },
    { row: 7, message: '中考成绩应为 0–1000 的数' },
    { row: 8, message: '中考成绩最多保留一位小数' },
    { row: 9, message: '中考成绩应为 0–1000 的数' },
    { row: 10, message: '身份证号与第 11 行重复，同一名学生只能有一个中考成绩' },
    { row: 11, message: '身份证号与第 10 行重复，同一名学生只能有一个中考成绩' },
    { row: 13, message: '身份证号为空' },
  ]);
  const before = everything(store());
  expect(await invoke(unifiedScoreImport, { ...csv(lines), confirm: true, digest: answer.digest }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { content: expect.stringContaining('这次没有写入任何成绩') } },
  });
  expect(everything(store())).toEqual(before);
  // a sheet without the columns
  expect((await expectOk(unifiedScoreImport, { fileName: 'x.csv', content: Buffer.from('姓名,分数\n张三,500').toString('base64') }, bureau)).problems).toEqual([
    { row: 1, message: '表头缺少这些列：身份证号、中考成绩（第一行应为：身份证号、中考成绩）' },
  ]);
});

test('R26: a clean sheet is previewed, then imported once — each score kept only under the ID number’s keyed hash (no number, no name stored); importing again changes nothing; a changed score is counted as changed', async () => {
  await makeUnified([{ kind: 'score' }]);
  const lines = [`${idOf(1)},学生1,560`, `${idOf(2)},学生2,540.5`, `${idOf(3)},学生3,600`];
  const before = everything(store());
  const first = await preview(lines);
  expect(first).toMatchObject({ applied: false, rows: 3, added: 3, changed: 0, unchanged: 0, problems: [] });
  expect(everything(store())).toEqual(before);
  // a confirmation not of this preview
  expect(await invoke(unifiedScoreImport, { ...csv(lines), confirm: true, digest: 'f'.repeat(64) }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '表格或已导入的成绩在预览之后有变化，请重新预览后再确认导入。' },
  });
  // two confirmations at once: one applies, the other is told; once applied, confirming again is refused
  const both = await Promise.all([0, 1].map(() => invoke(unifiedScoreImport, { ...csv(lines), confirm: true, digest: first.digest }, bureau)));
  expect(both.filter((a) => a.ok)).toEqual([{ ok: true, data: expect.objectContaining({ applied: true, added: 3 }) }]);
  expect(both.find((a) => !a.ok)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringMatching(/已经确认并写入成绩|在预览之后有变化/) },
  });
  expect(await invoke(unifiedScoreImport, { ...csv(lines), confirm: true, digest: first.digest }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });

  const stored = JSON.stringify(everything(store()));
  for (let n = 1; n <= 3; n++) {
    expect(stored).not.toContain(idOf(n));
    expect(stored).not.toContain(idOf(n).slice(-6));
    expect(stored).not.toContain(`学生${n}`);
  }
  const buckets = store().find('examScores', {}) as unknown as Array<{ scores: Record<string, number> }>;
  expect(buckets.flatMap((b) => Object.values(b.scores)).sort()).toEqual([540.5, 560, 600]);
  for (const b of buckets) for (const key of Object.keys(b.scores)) expect(key).toMatch(/^[0-9a-f]{64}$/);
  // the audit trail says what was imported in words, never a score
  const { items } = await expectOk(auditList, {}, bureau);
  expect(items.find((e) => e.action === 'scores.import')).toMatchObject({ actionLabel: '导入中考成绩', subject: '2027年的中考成绩' });

  expect(await preview(lines)).toMatchObject({ added: 0, changed: 0, unchanged: 3 });
  expect(await imported([`${idOf(1)},学生1,561`, `${idOf(4)},学生4,500`])).toMatchObject({ applied: true, added: 1, changed: 1, unchanged: 0 });
  expect((store().find('examScores', {}) as unknown as Array<{ scores: Record<string, number> }>).flatMap((b) => Object.values(b.scores)).sort()).toEqual([
    500, 540.5, 561, 600,
  ]);
});

test('R26: with `score` among the priorities the allocation admits the higher score first (a student without one after those with one), and the round’s file carries the scores it ran with', async () => {
  await makeUnified([{ kind: 'score' }]);
  planPlaces(store(), XZ.brochureId, XZ.majorId, 2);
  const forms = [await file(1, [XZ]), await file(2, [XZ]), await file(3, [XZ]), await file(4, [XZ])];
  await imported([`${idOf(1)},学生1,480`, `${idOf(2)},学生2,590`, `${idOf(3)},学生3,520`]);
  await expectOk(lotterySeedPublish, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  await expectOk(lotterySeedReveal, {}, bureau);
  await notices(store());
  await expectOk(unifiedCommit, { round: 1 }, bureau);
  const offered = (store().find('unifiedOffers', {}) as unknown as UnifiedOffer[]).map((o) => forms.findIndex((f) => f.formId === o.formId) + 1).sort();
  // the two highest scores, whatever their lottery numbers
  expect(offered).toEqual([2, 3]);

  const answer = await expectOk(unifiedRoundExport, { round: 1 }, bureau);
  const exported = roundExportFileSchema.parse(JSON.parse(gunzipSync(Buffer.from(answer.content, 'base64')).toString('utf8')));
  expect(exported.students.map((s) => s.score ?? null).sort()).toEqual([480, 520, 590, null]);
  expect(recomputeRoundExport(exported).matches).toBe(true);
});

test('R26: scores are not published when the season’s priorities do not use them; the import says so', async () => {
  await makeUnified([{ kind: 'ownDistrict' }]);
  await file(1, [XZ]);
  expect(await imported([`${idOf(1)},学生1,480`])).toMatchObject({ applied: true, usedByPriorities: false });
  await expectOk(lotterySeedPublish, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  await expectOk(lotterySeedReveal, {}, bureau);
  await notices(store());
  await expectOk(unifiedCommit, { round: 1 }, bureau);
  const answer = await expectOk(unifiedRoundExport, { round: 1 }, bureau);
  expect(gunzipSync(Buffer.from(answer.content, 'base64')).toString('utf8')).not.toContain('"score"');
});

test('R26: the import is refused once the seed is revealed (the inputs are frozen) — a preview, and the confirmation of a preview made before', async () => {
  await makeUnified([{ kind: 'score' }]);
  const lines = [`${idOf(1)},学生1,560`];
  const { digest } = await preview(lines);
  await expectOk(lotterySeedPublish, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  await expectOk(lotterySeedReveal, {}, bureau);
  const before = everything(store());
  const frozen = { ok: false, error: { code: 'CONFLICT', message: '抽签种子已经公布，统一录取的输入数据已经冻结，不能再导入或修改中考成绩。' } };
  expect(await invoke(unifiedScoreImport, csv(lines), bureau)).toMatchObject(frozen);
  expect(await invoke(unifiedScoreImport, { ...csv(lines), confirm: true, digest }, bureau)).toMatchObject(frozen);
  expect(everything(store())).toEqual(before);
});

test('R26: the import is refused in a school season; hostile input refused in Chinese; only the bureau admin', async () => {
  const lines = [`${idOf(1)},学生1,560`];
  expect(await invoke(unifiedScoreImport, csv(lines), bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('本年度按学校录取') },
  });
  await makeUnified([{ kind: 'score' }]);
  for (const who of ['guardian', 'schoolAdmin', 'recruiter', 'reviewer', 'juniorStaff']) {
    expect(await invoke(unifiedScoreImport, csv(lines), openidOf(who))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  for (const event of [
    { ...csv(lines), fileName: 'scores.txt' },
    { ...csv(lines), content: '不是文件' },
    { ...csv(lines), content: '' },
    { ...csv(lines), digest: 'x\u0000' },
    { ...csv(lines), confirm: 'yes' },
    { ...csv(lines), extra: 1 },
    { fileName: '中考成绩.csv' },
    'import',
    [{}],
  ]) {
    expect(await invoke(unifiedScoreImport, event, bureau)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    });
  }
  // an .xlsx that is not one
  expect(await invoke(unifiedScoreImport, { fileName: '中考成绩.xlsx', content: Buffer.from('not a zip').toString('base64') }, bureau)).toMatchObject({
    ok: false,
    error: { message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
  });
});
