import { disputeListInput, disputeListOutput } from '../../../shared/api/disputes';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';

/** R7, R6: the bureau's disputes, each beside the form filed first (what the bureau needs to judge). */
export const main = defineFunction({
  name: 'disputeList',
  input: disputeListInput,
  output: disputeListOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler({ status }, caller) {
    const disputes = await records.disputes.find({ status }, { orderBy: [['createdAt', 'desc']], limit: 100 });
    const forms = disputes.length ? await records.choiceForms.find({ _id: _.in([...new Set(disputes.map((d) => d.formId))]) }, { limit: 100 }) : [];
    const byId = new Map(forms.map((f) => [f._id, f]));
    // a district reviewer sees the disputes about their district's junior highs' students
    const district = caller.role === 'reviewer' && caller.scope.schoolKind === 'district' ? caller.scope.district : null;
    const juniors = district ? new Set((await records.juniorSchools.find({ district }, { limit: 1000 })).map((j) => j._id)) : null;
    return {
      items: disputes
        .filter((d) => !juniors || juniors.has(byId.get(d.formId)?.student.juniorSchoolId ?? ''))
        .map((d) => {
          const form = byId.get(d.formId);
          return {
            id: d._id,
            idMasked: d.idMasked,
            status: d.status,
            raiser: { openid: d.raiserOpenid, phone: d.phone, note: d.note },
            form: form
              ? {
                  formId: form._id,
                  status: form.status,
                  studentName: form.student.name,
                  juniorSchoolName: form.student.juniorSchoolName,
                  filledBy: form.filledBy,
                  filerOpenid: form.openid,
                  phone: form.student.phone,
                  guardianPhone: form.guardian?.phone ?? null,
                  submittedAt: form.createdAt.toISOString(),
                }
              : null,
            decision: d.decision ? { staffName: d.decision.staffName, at: d.decision.at.toISOString(), reason: d.decision.reason } : null,
            createdAt: d.createdAt.toISOString(),
          };
        }),
    };
  },
});
