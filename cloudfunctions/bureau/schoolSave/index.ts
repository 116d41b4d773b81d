import { createHash } from 'node:crypto';
import { schoolSaveInput, schoolSaveOutput } from '../../../shared/api/registry';
import { isQualified, type School } from '../../../shared/records/school';
import { audit } from '../../domains/staff/audit';
import { refreshCard } from '../../domains/brochures/brochure-cards';
import { losesQualification, tellQualificationLost } from '../../domains/registry/qualification';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { nextRevision } from '../../_kit/platform/revision';
import { inTransaction } from '../../_kit/platform/transaction';
import { assertCityDistrict } from '../../domains/city/city';
import { currentSeason } from '../../domains/season/season';
import { schoolAdminsOf } from '../../domains/staff/staff';
import { registryFailures } from '../../domains/registry/failures';

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
    // R27: a school is in one of the city's districts
    await assertCityDistrict(fields.district);
    const { year } = await currentSeason(at);
    const schoolId = id ?? `school-${createHash('sha256').update(`${fields.name}:${fields.district}`).digest('hex').slice(0, 16)}`;
    const admins = id ? await schoolAdminsOf(id) : [];
    await inTransaction(async (tx) => {
      const stored = await tx.schools.get(schoolId);
      if (id && !stored) throw failures.notFound();
      if (!id && stored) throw failures.invalid({ name: '名录中已有同名同区县的学校' });
      const revision = nextRevision(stored, version, registryFailures.registryChangedMeanwhile);
      const qualifications = [...(stored?.qualifications ?? []).filter((q) => q.year !== qualification.year), qualification].sort((a, b) => a.year - b.year);
      const next: Omit<School, '_id'> = { ...fields, qualifications, updatedAt: at, revision };
      const { _id, updatedAt: _was, revision: _wasRevision, ...before } = stored ?? { _id: schoolId };
      const { updatedAt: _now, revision: _nowRevision, ...after } = next;
      await tx.schools.set(schoolId, next);
      await audit(caller.staff, { action: 'registry.school', subjectId: schoolId, at, before: stored ? before : undefined, after }, tx);
      if (losesQualification(stored ?? undefined, { qualifications }, year)) await tellQualificationLost(tx, admins, year, at);
      // R1: a school that loses (or gains) a year's qualification leaves (or joins) that year's list at once
      if (stored && isQualified(stored, qualification.year) !== isQualified({ qualifications }, qualification.year))
        await refreshCard(tx, schoolId, qualification.year, { school: { qualifications } });
    });
    return { id: schoolId };
  },
});
