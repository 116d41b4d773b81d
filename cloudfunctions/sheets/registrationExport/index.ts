import { registrationExportInput, registrationExportOutput } from '../../../shared/api/registration';
import { learnerGroupLabels, scheduleLabels } from '../../../shared/choice-form';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import { majorModeLabels } from '../../../shared/records/major-modes';
import { inShanghai } from '../../../shared/time';
import { audit } from '../../domains/staff/audit';
import { approvedBrochureOf, majorsOfSchool } from '../../domains/brochures/brochures';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { decrypt } from '../../_kit/platform/personal-data';
import { deadlineOf, doubleRegistrations, enrolledLeads, flaggedView } from '../../domains/admission/registration';
import { registrationWorkbook, type RegistrationRow } from '../../domains/admission/registration-workbook';
import { currentSeason } from '../../domains/season/season';

/** 学制 and 学习形式 of each major: from the school's approved brochure of the year, else the registry. */
async function majorFacts(schoolId: string, year: number) {
  const [brochure, majors] = await Promise.all([approvedBrochureOf(schoolId, year), majorsOfSchool(schoolId)]);
  const facts = new Map<string, { name: string; durationYears: number; mode: keyof typeof majorModeLabels }>();
  for (const m of majors) facts.set(m._id, { name: m.name, durationYears: m.durationYears, mode: m.mode });
  for (const m of brochure?.majors ?? []) facts.set(m.majorId, { name: m.name, durationYears: m.durationYears, mode: m.mode });
  return { facts, order: (brochure?.majors ?? []).map((m) => m.name) };
}

async function formsOf(ids: string[]): Promise<Map<string, ChoiceFormRecord>> {
  const forms = new Map<string, ChoiceFormRecord>();
  for (let i = 0; i < ids.length; i += 200) {
    const chunk = ids.slice(i, i + 200);
    for (const form of await records.choiceForms.find({ _id: _.in(chunk) }, { limit: chunk.length })) forms.set(form._id, form);
  }
  return forms;
}

/**
 * R15: the school admin's registration sheet — the school's students of the year who enrolled and
 * did not leave, a sheet per major and a summary, with the ID numbers decrypted for this sheet
 * only (recorded in the audit trail: who, when, how many). A student enrolled at another school too
 * is left out and listed as a double registration (masked name, the other school's name) until it is
 * resolved. After the season's deadline the sheet is still made, and the answer says it is late.
 */
export const main = defineFunction({
  name: 'registrationExport',
  input: registrationExportInput,
  output: registrationExportOutput,
  roles: ['schoolAdmin'],
  async handler(_input, caller) {
    const at = now();
    const season = await currentSeason(at);
    const { year } = season;
    const schoolId = caller.staff.schoolId;
    const [school, leads, majors] = await Promise.all([records.schools.get(schoolId), enrolledLeads(year, schoolId), majorFacts(schoolId, year)]);
    const flags = await doubleRegistrations(leads);
    const exportable = leads.filter((l) => !flags.has(l._id));
    const flagged = leads.flatMap((l) => {
      const others = flags.get(l._id);
      return others ? [flaggedView(l, others)] : [];
    });
    const forms = await formsOf([...new Set(exportable.map((l) => l.formId))]);
    const rows: RegistrationRow[] = [];
    const leadIds: string[] = [];
    for (const lead of exportable) {
      const form = forms.get(lead.formId);
      // no ID number to register without the student's data (never enrolled after erasure: leadProgress refuses it)
      if (!form || form.erasedAt || !form.student.idCipher) continue;
      const major = lead.admission ? majors.facts.get(lead.admission.majorId) : undefined;
      const majorName = lead.admission?.majorName ?? major?.name ?? '';
      rows.push({
        name: form.student.name,
        gender: form.student.gender === 'male' ? '男' : '女',
        idNumber: decrypt(form.student.idCipher),
        birthDate: inShanghai(form.student.birthDate).format('YYYY-MM-DD'),
        group: `${learnerGroupLabels[form.student.group]}${form.student.schedule ? `（${scheduleLabels[form.student.schedule]}）` : ''}`,
        majorName,
        duration: major ? `${major.durationYears}年` : '',
        mode: major ? majorModeLabels[major.mode] : '',
        entry: inShanghai(lead.enrollment?.at ?? lead.updatedAt).format('YYYY-MM'),
        juniorSchoolName: form.student.juniorSchoolName,
      });
      leadIds.push(lead._id);
    }
    const schoolName = school?.name ?? leads[0]?.schoolName ?? '';
    const { deadline, late } = deadlineOf(season, at);
    const content = await registrationWorkbook({
      year,
      schoolName,
      deadline,
      exportedAt: at,
      exportedBy: caller.staff.name,
      majorOrder: majors.order,
      rows,
      flagged,
    });
    await audit(caller.staff, {
      action: 'registration.export',
      subjectId: schoolId,
      at,
      after: { year, students: rows.length, flagged: flagged.length, late },
    });
    const notice = late
      ? `已过${year}年学籍注册截止日期（${deadline}），请尽快在全国中职学生学籍信息管理系统中完成注册。`
      : `请于 ${deadline} 前在全国中职学生学籍信息管理系统中完成注册，注册后在本页确认。`;
    return {
      fileName: `${year}年${schoolName}新生学籍注册表.xlsx`,
      content: content.toString('base64'),
      year,
      deadline,
      late,
      notice,
      exported: rows.length,
      leadIds,
      flagged,
    };
  },
});
