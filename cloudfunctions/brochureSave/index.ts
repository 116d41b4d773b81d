import { season } from '../../config/season';
import { brochureSaveInput, brochureSaveOutput } from '../../shared/api/brochure-admin';
import { brochureSeriesSchema, seriesId, type BrochureFacts, type BrochureMajor } from '../../shared/records/brochure';
import type { Major } from '../../shared/records/major';
import type { FieldErrors } from '../../shared/result';
import { majorsOfSchool } from '../_kit/brochures';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { Failure, notFound } from '../_kit/failure';
import { schoolById } from '../_kit/schools';
import { schoolStaff } from '../_kit/staff';
import { inTransaction } from '../_kit/transaction';

/** The version states each major as the registry has it now (R3: what is approved is what is shown). */
function statedMajors(facts: BrochureFacts, registry: Major[]): BrochureMajor[] {
  const unknown: FieldErrors = {};
  const stated = facts.majors.flatMap((m, i) => {
    const major = registry.find((r) => r._id === m.majorId);
    if (!major) {
      unknown[`majors.${i}.majorId`] = '该专业不属于本校';
      return [];
    }
    return [{ majorId: major._id, name: major.name, category: major.category, places: m.places, durationYears: major.durationYears, mode: major.mode }];
  });
  if (Object.keys(unknown).length) throw new Failure('INVALID_INPUT', unknown);
  return stated;
}

/** A school has one draft at a time: saving updates it, or opens it as the next version. */
export const main = defineFunction({
  name: 'brochureSave',
  input: brochureSaveInput,
  output: brochureSaveOutput,
  roles: ['schoolAdmin'],
  async handler({ facts }, caller) {
    const { schoolId } = schoolStaff(caller);
    const school = await schoolById(schoolId);
    if (!school) throw notFound();
    const majors = statedMajors(facts, await majorsOfSchool(schoolId));
    const { year } = season;
    const sid = seriesId(schoolId, year);
    const content = { ...facts, majors, updatedAt: now() };
    return inTransaction(async (tx) => {
      const found = (await tx.collection('brochureSeries').doc(sid).get()).data;
      const series = found ? brochureSeriesSchema.parse(found) : { _id: sid, schoolId, year, latestVersion: 0, currentApprovedId: null, draftId: null };
      if (series.draftId) {
        const draft = (await tx.collection('brochures').doc(series.draftId).get()).data;
        if (draft?.status !== 'draft') throw new Failure('NOT_EDITABLE');
        await tx.collection('brochures').doc(series.draftId).update(content);
        return { id: series.draftId, version: Number(draft.version) };
      }
      const version = series.latestVersion + 1;
      const id = `${sid}-v${version}`;
      await tx.collection('brochures').add({
        _id: id,
        schoolId,
        schoolName: school.name,
        schoolKind: school.kind,
        district: school.district,
        year,
        version,
        status: 'draft',
        createdAt: content.updatedAt,
        ...content,
      });
      await tx.collection('brochureSeries').doc(sid).set({ schoolId, year, latestVersion: version, currentApprovedId: series.currentApprovedId, draftId: id });
      return { id, version };
    });
  },
});
