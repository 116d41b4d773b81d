import { checkLetterForm, checkLetterToPublish, formOfLetter, letterOfForm, problemsUnderBoxes } from '../../client/services/forms/letter-form';
import { letters } from '../../emulator/seed/content';
import { letterTextOf } from '../../shared/letter';

/** R17: the letter's editor — a line per paragraph or item, problems named by their line under the box. */
const published = letterTextOf(letters[0]!);

test('R17: the editor shows a published letter as boxes and gives back the same letter', () => {
  expect(letterOfForm(formOfLetter(published))).toEqual(published);
});

test('R17: blank lines between paragraphs and spaces around them are not paragraphs of their own', () => {
  const form = { ...formOfLetter(published), paragraphs: '  第一段  \n\n\r\n第二段\n   ' };
  expect(letterOfForm(form).paragraphs).toEqual(['第一段', '第二段']);
});

test("R17: a problem in a line is shown under its box naming the line; the server's paths read the same", () => {
  expect(checkLetterForm({ ...formOfLetter(published), paragraphs: `好\n${'很'.repeat(501)}` })).toEqual({ paragraphs: '第 2 段：每一段请不超过 500 个字' });
  expect(problemsUnderBoxes({ 'letter.policies.1.howToApply.0': '这一步是空的，请填写或删去', 'letter.title': '请填写标题' })).toEqual({
    'policies.1.howToApply': '第 1 步：这一步是空的，请填写或删去',
    title: '请填写标题',
  });
});

test('R17: publishing asks for whom to call and the care for families in difficulty and disabled students; saving does not', () => {
  const form = { ...formOfLetter(published), contacts: [], policies: [] };
  expect(checkLetterForm(form)).toEqual({});
  expect(checkLetterToPublish(form)).toEqual({ contacts: expect.stringContaining('咨询电话'), policies: expect.stringContaining('困难家庭帮扶') });
});
