import { main as lotterySeedPublish } from '../../cloudfunctions/bureau/lotterySeedPublish';
import { main as lotterySeedReveal } from '../../cloudfunctions/bureau/lotterySeedReveal';
import { main as seasonGet } from '../../cloudfunctions/bureau/seasonGet';
import { main as seasonSave } from '../../cloudfunctions/bureau/seasonSave';
import { main as choiceSubmit } from '../../cloudfunctions/family/choiceSubmit';
import { main as schoolNoticeSave } from '../../cloudfunctions/school/schoolNoticeSave';
import { main as unifiedCommit } from '../../cloudfunctions/sheets/unifiedCommit';
import { schoolNoticeIdOf } from '../../shared/records/unified-round';
import { collections } from '../../config/database';
import { demoSeason } from '../../emulator/seed/season';
import type { PriorityOrder } from '../../shared/allocation';
import type { Store } from '../../emulator/db/store';
import { openidOf } from './backend';
import { expectOk } from './calls';
import { aForm, idNumber } from './forms';

/**
 * A unified season on the demo data (R26), for the dry run's and the commit's tests: two one-place
 * majors four students compete for, the seed committed before the deadline and revealed after it.
 */
export const bureau = openidOf('bureauAdmin');
export const AFTER_DEADLINE = '2027-06-02T09:00:00+08:00';
export const XZ = { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001', schoolId: 'school-xz-vocational' };
export const XF = { brochureId: 'brochure-xinfu-vocational-v1', majorId: 'major-xf-001', schoolId: 'school-xinfu-vocational' };
const { _id, year, districts, updatedAt, revision, ...demoSettings } = demoSeason;

export async function makeUnified(priorities: PriorityOrder = [{ kind: 'ownDistrict' }]): Promise<void> {
  const { version } = await expectOk(seasonGet, {}, bureau);
  await expectOk(seasonSave, { year: 2027, version, settings: { ...demoSettings, admissionMode: 'unified', priorities } }, bureau);
}

/** A form with its own ID number and family; `junior` decides the district (junior-yp-1 is 原平市). */
export async function file(n: number, choices: Array<{ brochureId: string; majorId: string }>, junior = 'junior-xz-2') {
  const form = aForm({
    student: { ...aForm().student, name: `学生${n}`, juniorSchoolId: junior, idNumber: idNumber('20110317', 101 + 2 * n) },
    choices: choices.map(({ brochureId, majorId }) => ({ brochureId, majorId })),
  });
  return { ...(await expectOk(choiceSubmit, form, `family-unified-${n}`)), family: `family-unified-${n}` };
}

export function planPlaces(store: Store, brochureId: string, majorId: string, places: number): void {
  const doc = store.getById('brochures', brochureId)?.doc as { majors: Array<{ majorId: string; places: number }> };
  store.write([{ collection: 'brochures', id: brochureId, doc: { ...doc, majors: doc.majors.map((m) => (m.majorId === majorId ? { ...m, places } : m)) } }]);
}

/** Four students for two one-place majors: 忻府区's district school prefers its own district. */
export async function contestedSeason(store: Store) {
  await makeUnified();
  planPlaces(store, XZ.brochureId, XZ.majorId, 1);
  planPlaces(store, XF.brochureId, XF.majorId, 1);
  const forms = [await file(1, [XF, XZ], 'junior-yp-1'), await file(2, [XF]), await file(3, [XZ]), await file(4, [XZ, XF])];
  await expectOk(lotterySeedPublish, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  const seed = await expectOk(lotterySeedReveal, {}, bureau);
  return { ...seed, forms };
}

/** Every document of every collection, as stored. */
export function everything(store: Store) {
  return Object.fromEntries(Object.keys(collections).map((name) => [name, store.hasCollection(name) ? store.find(name, undefined) : []]));
}

export const NOTICE = { reportOn: '2027-08-26', place: '学校报到处（本校东门）', bring: '录取通知书、户口簿' };

/** Both schools' admission notices: 忻州市职业技术学校's by its admin through the action, 忻府区's as its admin would store it. */
export async function notices(store: Store): Promise<void> {
  await expectOk(schoolNoticeSave, { notice: NOTICE, revision: 0 }, openidOf('schoolAdmin'));
  store.write([
    {
      collection: 'schoolNotices',
      id: schoolNoticeIdOf(XF.schoolId, 2027),
      doc: { ...NOTICE, schoolId: XF.schoolId, year: 2027, revision: 1, updatedAt: new Date(), updatedByName: '忻府区管理员' },
      insert: true,
    },
  ]);
}

/**
 * Round 1 committed over one place of 忻府区's district school (XF): its own district's student
 * (`local`) takes it; 原平市's `mover` ranks it first and is offered `second`, waiting on XF for a
 * later round. The server clock is left after the choice deadline.
 */
export async function moverRoundOne(store: Store, second: { brochureId: string; majorId: string }) {
  await makeUnified();
  planPlaces(store, XF.brochureId, XF.majorId, 1);
  const mover = await file(1, [XF, second], 'junior-yp-1');
  const local = await file(2, [XF]);
  await expectOk(lotterySeedPublish, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  await expectOk(lotterySeedReveal, {}, bureau);
  await notices(store);
  await expectOk(unifiedCommit, { round: 1 }, bureau);
  return { mover, local };
}
