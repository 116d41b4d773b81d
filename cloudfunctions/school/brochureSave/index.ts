import { brochureSaveInput, brochureSaveOutput } from '../../../shared/api/brochure-admin';
import { isEditable } from '../../../shared/brochure-lifecycle';
import { seriesId, type BrochureFacts, type BrochureMajor } from '../../../shared/records/brochure';
import type { Major } from '../../../shared/records/major';
import type { FieldErrors } from '../../../shared/result';
import { majorsOfSchool } from '../../domains/brochures/brochures';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { nextRevision } from '../../_kit/platform/revision';
import { inTransaction } from '../../_kit/platform/transaction';
import { schoolById } from '../../domains/registry/schools';
import { currentSeason } from '../../domains/season/season';
import { brochureFailures } from '../../domains/brochures/failures';

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
  if (Object.keys(unknown).length) throw failures.invalid(unknown);
  return stated;
}

/**
 * A school has one draft at a time: saving updates it, or opens it as the next version — only if the
 * draft is as the editor read it (its revision), so two admins of one school cannot overwrite each
 * other unseen.
 */
export const main = defineFunction({
  name: 'brochureSave',
  input: brochureSaveInput,
  output: brochureSaveOutput,
  roles: ['schoolAdmin'],
  async handler({ facts, revision: basedOn }, caller) {
    const season = await currentSeason();
    const { schoolId } = caller.staff;
    const school = await schoolById(schoolId);
    if (!school) throw failures.notFound();
    const majors = statedMajors(facts, await majorsOfSchool(schoolId));
    const { year } = season;
    const sid = seriesId(schoolId, year);
    const content = { ...facts, majors, updatedAt: now() };
    return inTransaction(async (tx) => {
      const series = (await tx.brochureSeries.get(sid)) ?? { _id: sid, schoolId, year, latestVersion: 0, currentApprovedId: null, draftId: null };
      const draft = series.draftId ? await tx.brochures.get(series.draftId) : null;
      if (series.draftId && (!draft || !isEditable(draft.status))) throw brochureFailures.notEditable();
      const revision = nextRevision(draft, basedOn, brochureFailures.draftChangedMeanwhile);
      if (series.draftId && draft) {
        await tx.brochures.update(series.draftId, { ...content, revision });
        return { id: series.draftId, version: draft.version, revision };
      }
      const version = series.latestVersion + 1;
      const id = `${sid}-v${version}`;
      await tx.brochures.add({
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
        revision,
      });
      await tx.brochureSeries.set(sid, { schoolId, year, latestVersion: version, currentApprovedId: series.currentApprovedId, draftId: id });
      return { id, version, revision };
    });
  },
});
