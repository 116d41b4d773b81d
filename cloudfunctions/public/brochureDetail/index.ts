import type { Season } from '../../../shared/records/season';
import { brochureDetailInput, brochureDetailOutput, type BrochureDetail } from '../../../shared/api/brochures';
import type { Brochure } from '../../../shared/records/brochure';
import { verify } from '../../domains/brochures/brochures';
import { records } from '../../_kit/platform/collections';
import { definePublicFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { currentSeason } from '../../domains/season/season';

function detail(season: Season, b: Brochure, notice: string | null = null): BrochureDetail {
  if (!b.filing) throw new Error(`approved brochure ${b._id} has no filing`);
  return {
    id: b._id,
    version: b.version,
    schoolId: b.schoolId,
    schoolName: b.schoolName,
    schoolKind: b.schoolKind,
    district: b.district,
    title: b.title,
    campusAddress: b.campusAddress,
    majors: b.majors,
    internship: b.internship,
    subsidyPolicy: b.subsidyPolicy,
    fees: b.fees,
    contactPhone: b.contactPhone,
    filing: { mark: season.filingMark, number: b.filing.number, date: b.filing.date.toISOString() },
    notice,
  };
}

/** R4: a withdrawn brochure stays readable to those who chose it (their form refers to it). */
async function choseIt(openid: string, brochureId: string): Promise<boolean> {
  return (await records.choiceForms.count({ openid, 'choices.brochureId': brochureId })) > 0;
}

/**
 * R2: a family sees a brochure only as approved. An old link to a replaced version opens the
 * current one; anything never approved is not found, even by its id.
 */
export const main = definePublicFunction({
  name: 'brochureDetail',
  input: brochureDetailInput,
  output: brochureDetailOutput,
  async handler(input, caller) {
    const season = await currentSeason();
    const { verdict, brochure, currentApprovedId } = await verify(season, input.id, 'show');
    if (verdict.allowed && brochure) return detail(season, brochure);
    if (brochure?.status === 'withdrawn' && brochure.filing && (await choseIt(caller.openid, brochure._id))) {
      return detail(season, brochure, '这份招生简章已被撤回，不再接受新的志愿；以下是您填报时的内容。');
    }
    if (brochure && (brochure.status === 'superseded' || brochure.status === 'approved')) {
      if (currentApprovedId && currentApprovedId !== brochure._id) {
        const latest = await verify(season, currentApprovedId, 'show');
        if (latest.verdict.allowed && latest.brochure) return detail(season, latest.brochure);
      }
    }
    throw failures.notFound();
  },
});
