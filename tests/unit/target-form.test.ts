import {
  errorCount,
  fieldsOf,
  headcount,
  liveCheck,
  rowErrorsOf,
  rowValues,
  serverErrorsOf,
  sheetErrorsOf,
  shownErrors,
  toRows,
  toSheet,
  withImported,
  type TargetRow,
} from '../../client/services/forms/target-form';

/** R11 on the clerk's phone: the target sheet as typed, turned into what targetSave takes, and its answer put back under the rows. */
const row = (id: string, graduates: string, sendingTarget: string): TargetRow => ({ juniorSchoolId: id, name: `初中${id}`, graduates, sendingTarget });

test('a headcount is digits only; full-width digits from a Chinese keyboard count, anything else is not a number yet', () => {
  expect(headcount(' 620 ')).toBe(620);
  expect(headcount('６２０')).toBe(620);
  expect(headcount('')).toBeNull();
  expect(headcount('6.5')).toBeNull();
  expect(headcount('-1')).toBeNull();
  expect(headcount('1e3')).toBeNull();
});

test('the server’s empty figures become empty boxes, its numbers text', () => {
  expect(toRows([{ juniorSchoolId: 'a', name: '甲', graduates: null, sendingTarget: 30 }])).toEqual([
    { juniorSchoolId: 'a', name: '甲', graduates: '', sendingTarget: '30' },
  ]);
});

test('R11: the live check says how far the sum is from the total while the clerk types; a half-typed box counts as nothing yet', () => {
  const rows = [row('a', '600', '1000'), row('b', '600', '980'), row('c', '', 'x')];
  const check = liveCheck(rows, 2000);
  expect(check.sum).toBe(1980);
  expect(check.difference).toBe(-20);
  expect(check.message).toContain('少 20 人');
  expect(liveCheck(rows, null).difference).toBeNull();
});

test('R11: both boxes empty leaves a junior high out; one empty or not a number is named under its box; a target above the graduates under the target', () => {
  const sheet = toSheet([row('a', '600', '300'), row('b', '', ''), row('c', '500', ''), row('d', 'abc', '10'), row('e', '100', '120')]);
  expect(sheet.juniors).toEqual([
    { juniorSchoolId: 'a', graduates: 600, sendingTarget: 300 },
    { juniorSchoolId: 'e', graduates: 100, sendingTarget: 120 },
  ]);
  expect(sheet.sentIds).toEqual(['a', 'e']);
  expect(sheet.errors).toEqual({
    c: { sendingTarget: '请填写送培目标' },
    d: { graduates: '请填写整数人数' },
    e: { sendingTarget: '送培目标不能超过毕业生人数（100 人）' },
  });
  expect(errorCount(sheet.errors)).toBe(3);
  expect(errorCount(toSheet([row('a', '600', '300')]).errors)).toBe(0);
});

test('the server’s juniors.<i>.<field> errors go under the row of the line that was sent as i; others are said above the rows', () => {
  const fields = {
    'juniors.1.sendingTarget': '送培目标不能超过毕业生人数（100 人）',
    'juniors.0.juniorSchoolId': '这所初中不在本区县的初中名录中',
    'juniors.9.graduates': '无此行',
    district: '没有这个区县',
  };
  expect(rowErrorsOf(fields, ['a', 'e'])).toEqual({
    a: { juniorSchoolId: '这所初中不在本区县的初中名录中' },
    e: { sendingTarget: '送培目标不能超过毕业生人数（100 人）' },
  });
  expect(sheetErrorsOf(fields)).toEqual({ district: '没有这个区县' });
});

test('the sheet’s errors as one form’s: under <junior high>.<box> where its row’s value is, the rest shown above the rows', () => {
  const rows = [row('a', '600', '300'), row('e', '100', '120')];
  expect(rowValues(rows)['e']?.sendingTarget).toBe('120');
  expect(fieldsOf({ e: { sendingTarget: '送培目标不能超过毕业生人数（100 人）' } })).toEqual({ 'e.sendingTarget': '送培目标不能超过毕业生人数（100 人）' });
  const fields = serverErrorsOf({ 'juniors.1.graduates': '请核对', district: '没有这个区县' }, ['a', 'e']);
  expect(fields).toEqual({ 'e.graduates': '请核对', district: '没有这个区县' });
  expect(shownErrors(fields, rows)).toEqual({ byRow: { e: { graduates: '请核对' } }, sheet: ['没有这个区县'] });
});

test('R11: a read spreadsheet fills the junior highs it names and leaves the others as typed; nothing it does not name is cleared', () => {
  const rows = [row('a', '600', '300'), row('b', '', ''), row('c', '500', '250')];
  const after = withImported(rows, [
    { juniorSchoolId: 'b', graduates: 420, sendingTarget: 180 },
    { juniorSchoolId: 'a', graduates: 610, sendingTarget: 0 },
    { juniorSchoolId: 'z', graduates: 1, sendingTarget: 1 },
  ]);
  expect(after).toEqual([row('a', '610', '0'), row('b', '420', '180'), row('c', '500', '250')]);
  expect(rows[0]).toEqual(row('a', '600', '300'));
});
