import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { Lead } from '../../../shared/records/lead';
import { recordOfStep, recordWords, reportAdvice, reportPage, schoolRecordPhrases, type SchoolRecord } from '../../../shared/school-records';
import { shanghaiMinute } from '../../../shared/time';
import type { Tx } from '../../_kit/platform/transaction';
import { enqueue } from './outbox';

/**
 * R28, the one home of “the family is told whenever a school records its child”: admitted,
 * 报到, 学籍 registered, left, or an admission marked not taken up. domains/leads/steps.ts calls
 * `tellFamily` for every step that is such a record (so admissionAdmit, leadProgress and any later
 * way of admitting — a unified round — all tell the family, in the step's own transaction), and
 * registrationConfirm calls it for each student it marks registered. 我的志愿 (choiceMine) shows
 * the same records from the leads by `recordLines`. The family is whoever submitted the form (its
 * OPENID), as for every other message about the form; a form with no OPENID left (erased) is told
 * nothing, there being no one to tell.
 */

/** The form's facts a message needs: who submitted it, and the student's name. */
export type FamilyOf = Pick<ChoiceFormRecord, 'openid'> & { student: Pick<ChoiceFormRecord['student'], 'name'> };

/** What was recorded: the record, its detail (the major admitted to, the day left) and when. */
export interface Recorded {
  record: SchoolRecord;
  detail: string;
  at: Date;
}

/** The school's name as the family chose it (older leads kept none: the form's choice has it). */
export function schoolNameOf(lead: Pick<Lead, 'schoolId' | 'schoolName'>, form?: Pick<ChoiceFormRecord, 'choices'>): string {
  return lead.schoolName || form?.choices.find((c) => c.schoolId === lead.schoolId)?.schoolName || '一所学校';
}

/**
 * Queues the family's message about `recorded` inside `tx`, the transaction that records it: the
 * message exists exactly when the record does, and a record made again (a repeated admission, a
 * replayed confirmation) is no new record — its caller, reading the lead in `tx`, writes nothing
 * and tells no one.
 */
export async function tellFamily(
  tx: Tx,
  lead: Pick<Lead, 'schoolId' | 'schoolName'>,
  form: FamilyOf & Partial<Pick<ChoiceFormRecord, 'choices'>>,
  recorded: Recorded,
): Promise<void> {
  if (!form.openid) return;
  const school = schoolNameOf(lead, form.choices ? { choices: form.choices } : undefined);
  const values = { student: form.student.name, school, record: schoolRecordPhrases[recorded.record], at: recorded.at, advice: '如未报考该校请点此举报' };
  await enqueue(tx, { kind: 'school-recorded', recipientOpenid: form.openid, schoolId: lead.schoolId, values, page: reportPage }, recorded.at);
}

/** The record a step of a lead makes, with its detail, if the step is one. */
export function recordedByStep(from: Lead['status'], stepped: Pick<Lead, 'status' | 'admission' | 'left'>, at: Date): Recorded | null {
  const record = recordOfStep(from, stepped.status);
  if (!record) return null;
  return { record, detail: detailOf(record, stepped), at };
}

function detailOf(record: SchoolRecord, lead: Pick<Lead, 'admission' | 'left'>): string {
  if (record === 'admitted') return lead.admission?.majorName ?? '';
  if (record === 'left') return lead.left?.on ?? '';
  return '';
}

/** The in-app inbox's words for an R28 message, from its stored (fitted) values. */
export function toldText(v: { student: string; school: string; record: string; at: string }): { title: string; body: string } {
  return {
    title: `${v.school}：${v.student}${v.record}`,
    body: `${v.school}于${v.at}记录${v.student}“${v.record}”，详情见“我的志愿”。${reportAdvice(v.school)}点开这条消息即可举报。`,
  };
}

/** A line of 我的志愿: what one school recorded of the child, and when. */
export interface RecordLine {
  schoolId: string;
  schoolName: string;
  record: SchoolRecord;
  at: string;
  text: string;
}

/**
 * 我的志愿's record lines (R28), the same records the messages told, oldest first: each step of a
 * lead that is a record, and the lead's 学籍 registration.
 */
export function recordLines(form: Pick<ChoiceFormRecord, 'choices'>, leads: readonly Lead[]): RecordLine[] {
  const lines: Array<RecordLine & { when: Date }> = [];
  for (const lead of leads) {
    const school = schoolNameOf(lead, form);
    const line = (record: SchoolRecord, detail: string, when: Date) =>
      lines.push({
        schoolId: lead.schoolId,
        schoolName: school,
        record,
        when,
        at: when.toISOString(),
        text: `${shanghaiMinute(when).format('YYYY年M月D日 HH:mm')} ${school}记录：${recordWords(record, detail)}`,
      });
    lead.history.forEach((h, i) => {
      const before = lead.history[i - 1];
      if (!before || (h.event ?? 'step') !== 'step') return;
      const record = recordOfStep(before.status, h.status);
      if (!record) return;
      line(record, record === 'admitted' && h.majorName ? h.majorName : detailOf(record, lead), h.at);
    });
    if (lead.registration) line('registered', '', lead.registration.at);
  }
  return lines.sort((a, b) => a.when.getTime() - b.when.getTime()).map(({ when: _when, ...rest }) => rest);
}
