import { checkCharacter } from '../../shared/id-number';
import type { Lead } from '../../shared/records/lead';
import type { ChoiceFormRecord } from '../../shared/records/form';
import type { Store } from '../db/store';
import type { FunctionRunner } from '../functions';
import { brochures } from './brochures';
import { juniorSchools } from './content';
import { atServerTime as at } from '../clock';

/**
 * A season under way, for `npm start` (not for tests, which start from the plain demo data): about
 * two hundred students of the demo junior highs submit their forms through the real functions over
 * April and May, some through their junior high's poster; in July the schools admit and enroll some
 * of them; a few ask for early study and are confirmed. So the bureau's dashboard, a junior high's
 * page and a recruiter's leads show what a real season would, made by the code that makes real data.
 */
const STUDENTS = 200;

/** A small deterministic generator: the same demo every first start. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const given = ['子涵', '浩然', '雨欣', '梓轩', '欣怡', '宇航', '思远', '佳琪', '俊杰', '晓雯', '博文', '诗涵', '志强', '文静', '家豪', '婷婷'];

type Answer = { ok: boolean; data?: { formId?: string; id?: string }; error?: { message: string } };

async function call(runner: FunctionRunner, name: string, event: object, openid: string): Promise<Answer> {
  const answer = (await runner.invoke(name, event, { openid })) as Answer;
  if (!answer.ok) throw new Error(`demo activity: ${name} refused: ${answer.error?.message ?? ''}`);
  return answer;
}

export async function seedDemoActivity(runner: FunctionRunner, store: Store): Promise<number> {
  const next = random(20270415);
  const published = brochures.filter((b) => b.status === 'approved');
  const juniors = juniorSchools.filter((j) => j.district === '忻府区');
  const forms: Array<{ formId: string; openid: string }> = [];
  for (let i = 0; i < STUDENTS; i++) {
    const junior = juniors[Math.floor(next() * juniors.length)] ?? juniors[0];
    if (!junior) break;
    const male = next() < 0.55;
    const first17 = `14090220110${String(1 + (i % 9))}${String(10 + (i % 18)).padStart(2, '0')}${String(100 + 2 * Math.floor(i / 3) + (male ? 1 : 0))
      .padStart(3, '0')
      .slice(-3)}`;
    const choices = published
      .filter(() => next() < 0.7)
      .flatMap((b) => {
        const major = b.majors[Math.floor(next() * b.majors.length)];
        return major ? [{ brochureId: b._id, majorId: major.majorId }] : [];
      });
    const fallback = published[0]?.majors[0];
    if (choices.length === 0 && published[0] && fallback) choices.push({ brochureId: published[0]._id, majorId: fallback.majorId });
    const openid = `demo-family-${i}`;
    const day = 1 + Math.floor((i / STUDENTS) * 50);
    const moment = `2027-${day <= 30 ? '04' : '05'}-${String(day <= 30 ? day : day - 30).padStart(2, '0')}T${String(8 + (i % 12)).padStart(2, '0')}:15:00+08:00`;
    const form = {
      requestId: `demo-request-${String(i).padStart(4, '0')}`,
      filledBy: next() < 0.6 ? 'student' : 'guardian',
      student: {
        name: `${surnames[i % surnames.length]}${given[Math.floor(next() * given.length)]}`,
        gender: male ? 'male' : 'female',
        idNumber: first17 + checkCharacter(first17),
        phone: `139${String(10000000 + i * 7919).slice(-8)}`,
        juniorSchoolId: junior._id,
        group: 'current-graduate',
        graduationYear: 2027,
      },
      guardian: { name: `${surnames[(i + 3) % surnames.length]}建国`, relation: 'father', phone: `138${String(20000000 + i * 4513).slice(-8)}` },
      choices,
      declarations: { selfFilled: true, voluntary: true, noGeneralHighSchool: true },
      consent: { personalData: true, guardianConsent: true },
      ...(next() < 0.3 ? { viaPoster: junior._id } : {}),
    };
    const answer = await at(moment, () => call(runner, 'choiceSubmit', form, openid));
    if (answer.data?.formId) forms.push({ formId: answer.data.formId, openid });
  }
  // July: the schools admit some, and some of those enroll, as their staff would record it.
  const admissionNotice = { reportOn: '2027-08-28', place: '学校报到处（教学楼一层）', bring: '录取通知书、户口簿、一寸照片四张' };
  const staffOpenid = new Map(store.find('staff', {}).map((s) => [String(s._id), String(s.openid)]));
  const adminOf = (schoolId: string) => store.find('staff', { schoolId, role: 'schoolAdmin' })[0]?.openid as string | undefined;
  await at('2027-07-12T10:00:00+08:00', async () => {
    for (const { formId } of forms) {
      if (next() > 0.35) continue;
      const lead = (store.find('leads', { formId }) as unknown as Lead[])[0];
      if (!lead) continue;
      const openid = adminOf(lead.schoolId) ?? staffOpenid.get(lead.recruiterStaffId ?? '');
      if (!openid) continue;
      const majorId = (store.getById('choiceForms', formId)?.doc as unknown as ChoiceFormRecord | undefined)?.choices.find(
        (c) => c.schoolId === lead.schoolId,
      )?.majorId;
      if (!adminOf(lead.schoolId) || !majorId) continue;
      const admitted = await call(runner, 'admissionAdmit', { majorId, leadIds: [lead._id], notice: admissionNotice }, openid);
      if (admitted.ok && next() < 0.5) await call(runner, 'leadProgress', { id: lead._id, status: 'enrolled' }, openid);
    }
  });
  // May: a few students of 二中 ask to start early at 职业技术学校; the junior high and the school confirm most.
  const juniorTeacher = store.find('staff', { role: 'juniorStaff', juniorSchoolId: 'junior-xz-2' })[0]?.openid as string | undefined;
  const xzAdmin = adminOf('school-xz-vocational');
  const early = forms
    .filter(({ formId }) => store.find('leads', { formId, schoolId: 'school-xz-vocational', juniorSchoolId: 'junior-xz-2' }).length > 0)
    .slice(0, 5);
  await at('2027-05-12T09:30:00+08:00', async () => {
    for (const [i, { formId, openid }] of early.entries()) {
      const request = await call(runner, 'earlyStudyRequest', { formId, schoolId: 'school-xz-vocational' }, openid);
      const id = request.data?.id;
      if (!id || i >= 3 || !juniorTeacher || !xzAdmin) continue;
      await call(runner, 'earlyStudyDecide', { id, decision: 'confirm' }, juniorTeacher);
      await call(runner, 'earlyStudyDecide', { id, decision: 'confirm' }, xzAdmin);
    }
  });
  return forms.length;
}
