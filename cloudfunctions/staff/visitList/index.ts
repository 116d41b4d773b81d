import { visitListInput, visitListOutput } from '../../../shared/api/visits';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import { defineFunction, staffOnly } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { visitScopeOf, visitView } from '../../domains/visits/visits';

const PAGE_SIZE = 20;

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
    const statuses = caller.role === 'juniorStaff' ? { status: status && status !== 'applied' && status !== 'declined' && status !== 'withdrawn' ? status : _.in(['approved', 'cancelled', 'revoked']) } : status ? { status } : {};
    const where = { ...scope, ...statuses };
    const [visits, total] = await Promise.all([records.visits.find(where, { orderBy: [['createdAt', 'desc']], skip: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }), records.visits.count(where)]);
    return { items: visits.map((v) => visitView(v, caller)), total, page };
  },
});
