import { main as admissionAdmit } from '../../cloudfunctions/school/admissionAdmit';
import type { Emulator } from '../../emulator/server';
import type { AdmissionNotice } from '../../shared/admission';
import type { ChoiceFormRecord } from '../../shared/records/form';
import type { Lead } from '../../shared/records/lead';
import { invoke } from './backend';

/** A moment inside the demo season's admission window (Shanghai time). */
export const IN_ADMISSION_WINDOW = '2027-07-10T10:00:00+08:00';

export const aNotice: AdmissionNotice = { reportOn: '2027-08-28', place: '学校报到处（教学楼一层）', bring: '录取通知书、户口簿、一寸照片四张' };

let running = 0;
let saved: string | undefined;

/**
 * Runs `work` with the server's clock at `at`, then puts it back — once the last of several
 * running at the same moment (Promise.all) is done, so they all run at `at` and the clock is
 * restored to what it was before the first.
 */
export async function atClock<T>(at: string, work: () => Promise<T>): Promise<T> {
  if (running++ === 0) saved = process.env.LOCAL_EMULATOR_NOW;
  process.env.LOCAL_EMULATOR_NOW = at;
  try {
    return await work();
  } finally {
    if (--running === 0) {
      if (saved === undefined) delete process.env.LOCAL_EMULATOR_NOW;
      else process.env.LOCAL_EMULATOR_NOW = saved;
    }
  }
}

/** The school admin's OPENID of a school, from the seeded staff. */
export function adminOpenidOf(emulator: Emulator, schoolId: string): string {
  const admin = emulator.store.find('staff', { schoolId, role: 'schoolAdmin' })[0];
  if (!admin) throw new Error(`no school admin at ${schoolId}`);
  return String(admin.openid);
}

/** The major id of the lead's first-ranked major at its school, from its form's choices. */
export function majorIdOf(emulator: Emulator, lead: Lead): string {
  const form = emulator.store.getById('choiceForms', lead.formId)?.doc as unknown as ChoiceFormRecord | undefined;
  const first = [...lead.majors].sort((a, b) => a.rank - b.rank)[0];
  const choice = form?.choices.find((c) => c.schoolId === lead.schoolId && c.majorName === first?.majorName);
  if (!choice) throw new Error(`no choice for ${lead._id}`);
  return choice.majorId;
}

/** The lead's school admin admits it to its first-ranked major, inside the admission window. */
export function admit(emulator: Emulator, lead: Lead, at = IN_ADMISSION_WINDOW) {
  return atClock(at, () =>
    invoke(admissionAdmit, { majorId: majorIdOf(emulator, lead), leadIds: [lead._id], notice: aNotice }, adminOpenidOf(emulator, lead.schoolId)),
  );
}
