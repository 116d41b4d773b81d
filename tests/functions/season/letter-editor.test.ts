import { main as letterGet } from '../../../cloudfunctions/bureau/letterGet';
import { main as letterPublish } from '../../../cloudfunctions/bureau/letterPublish';
import { main as letterSave } from '../../../cloudfunctions/bureau/letterSave';
import { main as letterVersions } from '../../../cloudfunctions/bureau/letterVersions';
import { main as seasonOpen } from '../../../cloudfunctions/bureau/seasonOpen';
import { main as home } from '../../../cloudfunctions/public/home';
import { main as subsidyInfo } from '../../../cloudfunctions/public/subsidyInfo';
import { atServerTime } from '../../../emulator/clock';
import type { LetterText } from '../../../shared/letter';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';

/**
 * R17, R27, R4: the bureau writes each year's letter and subsidy policies in the product — a draft
 * saved with a revision, previewed, published as the year's next version; families read the newest,
 * every version stays readable, and next year starts as a copy.
 */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const family = openidOf('guardian');

async function editor(year?: number) {
  return expectOk(letterGet, year === undefined ? {} : { year }, bureau);
}

function edited(letter: LetterText, paragraph: string): LetterText {
  return { ...letter, paragraphs: [...letter.paragraphs, paragraph] };
}

test('R17: the editor opens on the demo year starting from its published letter; a saved and published change is what families read at once, and the first version stays readable', async () => {
  const opened = await editor();
  expect(opened).toMatchObject({
    year: 2027,
    version: 0,
    startsFrom: { kind: 'published', version: 1 },
    unpublished: false,
    editable: true,
    published: [{ version: 1 }],
  });
  const letter = edited(opened.letter, '今年新增：报到时可现场办理资助申请。');
  const saved = await expectOk(letterSave, { year: 2027, version: 0, letter }, bureau);
  expect(saved).toEqual({ year: 2027, version: 1 });
  // a saved draft is not read by families
  expect((await expectOk(subsidyInfo, {}, family)).letter?.version).toBe(1);
  expect(await editor()).toMatchObject({ version: 1, startsFrom: { kind: 'draft' }, unpublished: true });

  expect(await expectOk(letterPublish, { year: 2027, version: 1 }, bureau)).toMatchObject({ year: 2027, published: 2 });
  const read = await expectOk(subsidyInfo, {}, family);
  expect(read.letter).toMatchObject({ version: 2, paragraphs: letter.paragraphs });
  expect(read.versions.map((v) => v.version)).toEqual([2, 1]);
  expect((await expectOk(subsidyInfo, { version: 1 }, family)).letter?.paragraphs).toEqual(opened.letter.paragraphs);
  expect((await expectOk(home, {}, family)).letter?.title).toBe(letter.title);

  const versions = await expectOk(letterVersions, { year: 2027 }, bureau);
  expect(versions.versions.map((v) => [v.version, v.publishedByName, v.letter.paragraphs.length])).toEqual([
    [2, '吴主任', letter.paragraphs.length],
    [1, '', opened.letter.paragraphs.length],
  ]);
  expect(await editor()).toMatchObject({ unpublished: false, published: [{ version: 2 }, { version: 1 }] });
  expect(backend.emulator.store.find('auditLog', { action: 'letter.save' })).toHaveLength(1);
  expect(backend.emulator.store.find('auditLog', { action: 'letter.publish' })).toEqual([
    expect.objectContaining({ subjectId: 'letter-2027-v2', staffId: 'staff-bureau-admin' }),
  ]);
});

test('R17: a letter without whom to call or without the care for families in difficulty and disabled students may be saved but not published', async () => {
  const { letter } = await editor();
  const bare = { ...letter, contacts: [], policies: letter.policies.filter((p) => p.kind !== 'hardship' && p.kind !== 'disability') };
  await expectOk(letterSave, { year: 2027, version: 0, letter: bare }, bureau);
  const refused = await invoke(letterPublish, { year: 2027, version: 1 }, bureau);
  expect(refused).toMatchObject({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      fields: { 'letter.contacts': expect.stringContaining('咨询电话'), 'letter.policies': expect.stringContaining('“困难家庭帮扶”和“残疾学生关怀”') },
    },
  });
  expect(backend.emulator.store.find('letters', { year: 2027 })).toHaveLength(1);
  expect((await expectOk(subsidyInfo, {}, family)).letter?.version).toBe(1);
});

test('R17: a save based on a draft someone saved since is refused, and so is publishing a draft changed after the preview; the later text is kept', async () => {
  const { letter } = await editor();
  await expectOk(letterSave, { year: 2027, version: 0, letter: edited(letter, '甲的修改') }, bureau);
  const stale = await invoke(letterSave, { year: 2027, version: 0, letter: edited(letter, '乙的修改') }, bureau);
  expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('刚刚被他人修改过') } });
  await expectOk(letterSave, { year: 2027, version: 1, letter: edited(letter, '甲的第二次修改') }, bureau);
  const outdated = await invoke(letterPublish, { year: 2027, version: 1 }, bureau);
  expect(outdated).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('预览之后又被修改过') } });
  expect((await editor()).letter.paragraphs.at(-1)).toBe('甲的第二次修改');
  expect(backend.emulator.store.find('letters', { year: 2027 })).toHaveLength(1);
});

test('R17: the same text is not published twice — neither one after the other nor two clerks at once', async () => {
  const { letter } = await editor();
  await expectOk(letterSave, { year: 2027, version: 0, letter: edited(letter, '新增一段') }, bureau);
  const both = await Promise.all([invoke(letterPublish, { year: 2027, version: 1 }, bureau), invoke(letterPublish, { year: 2027, version: 1 }, bureau)]);
  expect(both.filter((r) => r.ok)).toHaveLength(1);
  expect(both.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('与已发布的第 2 版完全相同') } });
  expect(await invoke(letterPublish, { year: 2027, version: 1 }, bureau)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(
    backend.emulator.store
      .find('letters', { year: 2027 })
      .map((l) => l.version)
      .sort(),
  ).toEqual([1, 2]);
  // saving the published text unchanged is allowed, but there is still nothing new to publish
  await expectOk(letterSave, { year: 2027, version: 1, letter: edited(letter, '新增一段') }, bureau);
  expect(await invoke(letterPublish, { year: 2027, version: 2 }, bureau)).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('不需要再发布') },
  });
});

test.each([
  ['a control character in a paragraph', (l: LetterText) => ({ ...l, paragraphs: ['第一段\u0007'] }), 'letter.paragraphs.0'],
  ['a paragraph over 500 characters', (l: LetterText) => ({ ...l, paragraphs: ['很'.repeat(501)] }), 'letter.paragraphs.0'],
  ['a title over 60 characters', (l: LetterText) => ({ ...l, title: '题'.repeat(61) }), 'letter.title'],
  ['an empty paragraph', (l: LetterText) => ({ ...l, paragraphs: ['  '] }), 'letter.paragraphs.0'],
  ['a phone that is not one', (l: LetterText) => ({ ...l, contacts: [{ name: '资助中心', phone: '打我电话' }] }), 'letter.contacts.0.phone'],
  ['a policy of an unknown kind', (l: LetterText) => ({ ...l, policies: [{ ...l.policies[0], kind: 'bonus' }] }), 'letter.policies.0.kind'],
  ['thirty-one paragraphs', (l: LetterText) => ({ ...l, paragraphs: Array.from({ length: 31 }, (_v, i) => `第${i + 1}段`) }), 'letter.paragraphs'],
])('R17: %s is refused under its field in Chinese, and nothing is saved', async (_what, change, field) => {
  const { letter } = await editor();
  const result = await invoke(letterSave, { year: 2027, version: 0, letter: change(letter) }, bureau);
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  if (result.ok) return;
  const message = result.error.fields?.[field];
  expect(message).toMatch(/[\u4e00-\u9fa5]/);
  expect(message).not.toMatch(/[A-Za-z]{3,}/);
  expect(backend.emulator.store.find('letterDrafts', {})).toHaveLength(0);
});

test('R17: markup typed into the editor is kept as the characters typed — families read it as text, never as a page element', async () => {
  const { letter } = await editor();
  const typed = '<b>重要</b><script>alert(1)</script>';
  await expectOk(letterSave, { year: 2027, version: 0, letter: { ...letter, paragraphs: [typed, ...letter.paragraphs] } }, bureau);
  await expectOk(letterPublish, { year: 2027, version: 1 }, bureau);
  expect((await expectOk(subsidyInfo, {}, family)).letter?.paragraphs[0]).toBe(typed);
});

test("R27, R4: next year starts as a copy of this year's draft with the year moved on; a year whose work has ended is kept as published", async () => {
  const { letter } = await editor();
  await expectOk(letterSave, { year: 2027, version: 0, letter: edited(letter, '今年的草稿') }, bureau);
  await expectOk(seasonOpen, { year: 2028 }, bureau);
  const next = await editor(2028);
  expect(next).toMatchObject({
    year: 2028,
    version: 0,
    startsFrom: { kind: 'earlierYear', year: 2027 },
    published: [],
    unpublished: true,
    editable: true,
    years: [2027, 2028],
  });
  expect(next.letter.title).toBe('致全市初中毕业生及家长的一封信（2028年）');
  expect(next.letter.paragraphs.at(-1)).toBe('今年的草稿');

  await atServerTime('2027-12-15T10:00:00+08:00', async () => {
    expect(await editor(2027)).toMatchObject({ editable: false });
    const refused = await invoke(letterSave, { year: 2027, version: 1, letter }, bureau);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('2027 年的招生工作已经结束') } });
    expect(await invoke(letterPublish, { year: 2027, version: 1 }, bureau)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
  expect(await invoke(letterGet, { year: 2031 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', message: expect.stringContaining('没有 2031 年的招生季') },
  });
});

test('R27: only the bureau admin writes the letter', async () => {
  for (const persona of ['reviewer', 'schoolAdmin', 'guardian']) {
    expect(await invoke(letterGet, {}, openidOf(persona))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
});
