import { permitVerifyInput, permitVerifyOutput } from '../../../shared/api/visits';
import { permitCodesOf, visitStatusLabels } from '../../../shared/records/visit';
import { shanghaiMinute } from '../../../shared/time';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { definePublicFunction } from '../../_kit/platform/define';

/**
 * R10: the page a permit's QR code opens. Anyone — a junior high's teacher at the gate — sees
 * whether the permit is real, still holds, and is for today (Shanghai's calendar, the server's clock).
 */
export const main = definePublicFunction({
  name: 'permitVerify',
  input: permitVerifyInput,
  output: permitVerifyOutput,
  async handler({ code }) {
    const visit = (await records.visits.find({ permitCode: _.in(permitCodesOf(code)) }, { limit: 1 }))[0];
    if (!visit?.permitNumber) return { found: false, validToday: false, verdict: '查无此准入证，请勿让对方进校宣传，并可向教育局举报。', permit: null };
    const today = shanghaiMinute(now()).format('YYYY-MM-DD');
    const holds = visit.status === 'approved';
    const validToday = holds && visit.day === today;
    const verdict = !holds
      ? `这张准入证${visitStatusLabels[visit.status]}，已不再有效。`
      : validToday
        ? `准入证有效：今天 ${visit.start}–${visit.end}。`
        : `准入证真实，但批准的日期是 ${visit.day}，不是今天。`;
    return {
      found: true,
      validToday,
      verdict,
      permit: {
        permitNumber: visit.permitNumber,
        issuedBy: visit.issuedBy ?? '',
        schoolName: visit.schoolName,
        juniorSchoolName: visit.juniorSchoolName,
        day: visit.day,
        start: visit.start,
        end: visit.end,
        visitors: visit.visitors,
        status: visit.status,
        statusLabel: visitStatusLabels[visit.status],
      },
    };
  },
});
