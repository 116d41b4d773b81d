import { visitListInput, visitListOutput } from '../../../shared/api/visits';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import { defineFunction, staffOnly } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { visitScopeOf, visitView } from '../../domains/visits/visits';
import { schoolById } from '../../domains/registry/schools';
import { currentSeason } from '../../domains/season/season';

const PAGE_SIZE = 20;

/** R10: what a school's application is checked against, for its form to say before any refusal. */
async function applyingFor(schoolId: string | undefined) {
  // a city before its first season (R27) lists its visits all the same, with no window to name
  const [season, school] = await Promise.all([currentSeason().catch(() => null), schoolById(schoolId)]);
  return season && school ? { school: { kind: school.kind, district: school.district }, campusVisits: season.campusVisits } : null;
}

/** R10: the visits the caller may see — newest first; a junior high sees its schedule of approved visits. */
export const main = defineFunction({
  name: 'visitList',
  input: visitListInput,
  output: visitListOutput,
  roles: staffOnly,
  async handler({ status, page }, caller) {
    const scope = visitScopeOf(caller);
    if (!scope) throw failures.forbidden();
    // a junior high sees the visits it will receive (and those called off), not the applications
    const statuses =
      caller.role === 'juniorStaff'
        ? { status: status && status !== 'applied' && status !== 'declined' && status !== 'withdrawn' ? status : _.in(['approved', 'cancelled', 'revoked']) }
        : status
          ? { status }
          : {};
    const where = { ...scope, ...statuses };
    const [visits, total, applying] = await Promise.all([
      records.visits.find(where, { orderBy: [['createdAt', 'desc']], skip: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
      records.visits.count(where),
      caller.role === 'schoolAdmin' && page === 1 ? applyingFor(caller.staff.schoolId) : null,
    ]);
    return { items: visits.map((v) => visitView(v, caller)), total, page, applying };
  },
});
