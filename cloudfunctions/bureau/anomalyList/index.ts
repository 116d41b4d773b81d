import { anomalyListInput, anomalyListOutput } from '../../../shared/api/anomalies';
import { anomalyRuleLabels } from '../../../shared/records/anomaly';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { currentSeason } from '../../domains/season/season';
import { districtScopeOf } from '../../domains/juniors/targets';

/** R6: the bureau's flags of the year (a district reviewer: its district's), newest seen first, each with the forms that make it. */
export const main = defineFunction({
  name: 'anomalyList',
  input: anomalyListInput,
  output: anomalyListOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler({ status }, caller) {
    const { year } = await currentSeason();
    // a district's reviewer sees the flags whose forms come from its junior highs
    const district = districtScopeOf(caller);
    const flags = await records.anomalyFlags.find(
      { year, status, ...(district ? { districts: district } : {}) },
      { orderBy: [['lastSeenAt', 'desc']], limit: 200 },
    );
    return {
      items: flags.map((f) => ({
        id: f._id,
        rule: f.rule,
        ruleLabel: anomalyRuleLabels[f.rule],
        subject: f.subject,
        evidence: f.evidence.map((e) => ({ ...e, submittedAt: e.submittedAt.toISOString() })),
        status: f.status,
        review: f.review ? { staffName: f.review.staffName, at: f.review.at.toISOString(), note: f.review.note } : null,
        lastSeenAt: f.lastSeenAt.toISOString(),
      })),
    };
  },
});
