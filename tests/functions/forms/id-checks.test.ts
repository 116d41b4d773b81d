import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as disputeRaise } from '../../../cloudfunctions/family/disputeRaise';
import { ID_CHECKS_PER_DAY } from '../../../cloudfunctions/domains/forms/id-checks';
import { freshBackendPerTest, invoke } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/**
 * R7, R6: an ID_IN_USE answer tells whoever asks that a student has a 中职 form. One WeChat identity
 * may learn it for a few students a day — through the submit or the request for a check — so a
 * stranger cannot test ID numbers, while a family told ID_IN_USE can always go on to ask the bureau.
 */
freshBackendPerTest('2027-05-10T10:00:00+08:00');
const stranger = 'openid-stranger';
const ids = [101, 103, 105, 107, 109].map((n) => idNumber('20110315', n));
const submitFor = (id: string, openid: string) => invoke(choiceSubmit, aForm({ student: { ...aForm().student, idNumber: id } }), openid);
const raise = (id: string, openid: string) =>
  invoke(disputeRaise, { idNumber: id, phone: '13900009999', note: '孩子从未提交过志愿，可能是同学用了孩子的身份证号。' }, openid);

async function filedByOthers(): Promise<void> {
  for (const [i, id] of ids.entries()) await expectOk(choiceSubmit, aForm({ student: { ...aForm().student, idNumber: id } }), `openid-family-${i}`);
}

test('R7, R6: a stranger submitting other families’ ID numbers is told ID_IN_USE for a few students a day, then refused without being told', async () => {
  await filedByOthers();
  for (const id of ids.slice(0, ID_CHECKS_PER_DAY)) expect(await submitFor(id, stranger)).toMatchObject({ ok: false, error: { code: 'ID_IN_USE' } });
  // asking again about a student already answered today is the same answer
  expect(await submitFor(ids[0]!, stranger)).toMatchObject({ ok: false, error: { code: 'ID_IN_USE' } });
  const refused = await submitFor(ids[ID_CHECKS_PER_DAY]!, stranger);
  expect(refused).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('明天再试') } });
  expect(JSON.stringify(refused)).not.toMatch(/另一个微信|有效的志愿表/);
  // the request for a check is the same door: refused before anything is looked up, in use or not
  expect(await raise(ids[4]!, stranger)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
  expect(await raise(idNumber('20110316', 125), stranger)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
  // the next day the identity may ask again
  process.env.LOCAL_EMULATOR_NOW = '2027-05-11T09:00:00+08:00';
  expect(await submitFor(ids[ID_CHECKS_PER_DAY]!, stranger)).toMatchObject({ ok: false, error: { code: 'ID_IN_USE' } });
});

test('R7, R6: the request for a check counts the students looked up, found or not, and two at once cannot both take the last one', async () => {
  await filedByOthers();
  expect(await raise(idNumber('20110316', 125), stranger)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(await raise(idNumber('20110316', 127), stranger)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  const both = await Promise.all([raise(ids[0]!, stranger), raise(ids[1]!, stranger)]);
  expect(both.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['TOO_MANY_ATTEMPTS', 'ok']);
});

test('R7, R6: a family told ID_IN_USE for its child can always ask the bureau to check, even at its last check of the day', async () => {
  await filedByOthers();
  const family = 'openid-real-family';
  for (const id of ids.slice(1, ID_CHECKS_PER_DAY)) expect(await submitFor(id, family)).toMatchObject({ error: { code: 'ID_IN_USE' } });
  expect(await submitFor(ids[0]!, family)).toMatchObject({ ok: false, error: { code: 'ID_IN_USE' } });
  expect(await raise(ids[0]!, family)).toMatchObject({ ok: true, data: { status: 'open' } });
});
