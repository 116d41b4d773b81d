import { checkSettings, toForm, windowError } from '../../client/services/forms/season-form';
import { demoSeason } from '../../emulator/seed/season';

/** The settings page's own logic: the form as typed, checked as the server checks it. */
const { _id, year, districts, updatedAt, revision, ...settings } = demoSeason;

test('the settings round-trip through the form unchanged', () => {
  expect(checkSettings(toForm(settings), 2027)).toEqual({ settings, problems: {} });
});

test('R21: numbers and dates as typed are named by field under settings., as the server names them', () => {
  const form = toForm(settings);
  const typed = { ...form, maxChoices: '三', months: '8，9、10 11', windows: { ...form.windows, choices: { start: '2027-06-15', end: '2027-05-31' } } };
  const { settings: sent, problems } = checkSettings(typed, 2027);
  expect(sent).toBeNull();
  expect(problems).toMatchObject({ 'settings.maxChoices': expect.any(String) });
  const fixed = checkSettings({ ...typed, maxChoices: '3' }, 2027);
  expect(fixed.problems).toEqual({ 'settings.choices.end': '志愿填报时间的结束日期不能早于开始日期' });
  expect(windowError(fixed.problems, 'choices')).toBe('志愿填报时间的结束日期不能早于开始日期');
  // months may be separated as people type them
  expect(checkSettings({ ...form, months: '8，9、10 11' }, 2027).settings?.monthlyReports.months).toEqual([8, 9, 10, 11]);
});
