import { createHash } from 'node:crypto';
import { schoolSaveInput, schoolSaveOutput } from '../../shared/api/registry';
import { isQualified, type School } from '../../shared/records/school';
import { audit } from '../_kit/audit';
import { _ } from '../_kit/platform/app';
import { now } from '../_kit/platform/clock';
import { defineFunction } from '../_kit/platform/define';
import { failures } from '../_kit/platform/failures';
import { inTransaction } from '../_kit/platform/transaction';
import { currentSeason } from '../_kit/season';
import { schoolAdminsOf } from '../_kit/staff';

/**
 * R22, R1: the bureau adds a school or changes one, with its qualification for a year. A school that
 * loses this year's qualification leaves every family-facing list and takes no choices at once
 * (the lists and the verification read the registry on every call); its admins are told in the inbox.
 */
export const main = defineFunction({
  name: 'schoolSave',
  input: schoolSaveInput,
  output: schoolSaveOutput,
  roles: ['bureauAdmin'],
  async handler({ id, version, qualification, ...fields }, caller) {
    const at = now();
    const { year } = await currentSeason(at);
    const schoolId = id ?? `school-${createHash('sha256').update(`${fields.name}:${fields.district}`).digest('hex').slice(0, 16)}`;
    const admins = id ? await schoolAdminsOf(id) : [];
    await inTransaction(async (tx) => {
      const stored = await tx.schools.get(schoolId);
      if (id && !stored) throw failures.notFound();
      if (!id && stored) throw failures.invalid({ name: '名录中已有同名同区县的学校' });
      if (stored && (stored.updatedAt?.toISOString() ?? '') !== (version ?? '')) throw failures.registryChangedMeanwhile();
      const qualifications = [...(stored?.qualifications ?? []).filter((q) => q.year !== qualification.year), qualification].sort((a, b) => a.year - b.year);
      const next: Omit<School, '_id'> = { ...fields, qualifications, updatedAt: at };
      const { _id, updatedAt: _was, ...before } = stored ?? { _id: schoolId };
      const { updatedAt: _now, ...after } = next;
      await tx.schools.set(schoolId, next);
      await audit(caller.staff, { action: 'registry.school', subjectId: schoolId, at, before: stored ? before : undefined, after }, tx);
      // R1: the school's admins learn at once that it may no longer publish or recruit this year
      if (stored && isQualified(stored, year) && !isQualified({ qualifications }, year)) {
        for (const admin of admins) {
          await tx.inbox.add({
            recipientOpenid: admin.openid,
            kind: 'qualification-changed',
            title: `本校${year}年招生资质已变更`,
            body: '教育局名录显示本校本年度不具备招生资质或未通过年检：招生简章不再向家长展示，也不再接受新的志愿（R1）。如有疑问请联系教育局。',
            link: '/staff/pages/brochure-edit/index',
            createdAt: at,
            readAt: null,
          });
        }
      }
    });
    return { id: schoolId };
  },
});
