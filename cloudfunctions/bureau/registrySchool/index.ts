import { registrySchoolInput, registrySchoolOutput } from '../../../shared/api/registry';
import { auditActionLabels } from '../../../shared/records/audit';
import { settingChanges } from '../../../shared/changes';
import { majorsOfSchool } from '../../domains/brochures/brochures';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { currentSeason } from '../../domains/season/season';

/** One school of the registry with its majors and the history of every change to them (R22). */
export const main = defineFunction({
  name: 'registrySchool',
  input: registrySchoolInput,
  output: registrySchoolOutput,
  roles: ['bureauAdmin'],
  async handler({ id }) {
    const school = await records.schools.get(id);
    if (!school) throw failures.notFound();
    const majors = await majorsOfSchool(id);
    const history = await records.auditLog.find({ subjectId: _.in([id, ...majors.map((m) => m._id)]) }, { orderBy: [['at', 'desc']], limit: 100 });
    return {
      year: (await currentSeason()).year,
      version: school.revision,
      school: {
        id: school._id,
        name: school.name,
        kind: school.kind,
        district: school.district,
        phone: school.phone,
        campuses: school.campuses,
        qualifications: school.qualifications.map((q) => ({ ...q, reference: q.reference ?? '' })),
      },
      majors: majors.map((m) => ({
        id: m._id,
        name: m.name,
        category: m.category,
        durationYears: m.durationYears,
        mode: m.mode,
        filed: m.filed,
        filingNumber: m.filingNumber ?? '',
        version: m.revision,
      })),
      history: history.map((h) => ({
        at: h.at.toISOString(),
        actorName: h.actorName,
        action: auditActionLabels[h.action],
        changes: settingChanges(h.before, h.after),
      })),
    };
  },
});
