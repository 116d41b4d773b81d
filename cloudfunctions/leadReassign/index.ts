import { leadReassignInput, leadReassignOutput } from '../../shared/api/leads';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { Failure } from '../_kit/failure';
import { leadFor } from '../_kit/leads';
import { recruitersOf } from '../_kit/recruiters';
import { schoolStaff } from '../_kit/staff';
import { clip, enqueue, wechatTime } from '../_kit/outbox';
import { inTransaction } from '../_kit/transaction';

/** A school admin hands a lead to another of the school's recruiters. */
export const main = defineFunction({
  name: 'leadReassign',
  input: leadReassignInput,
  output: leadReassignOutput,
  roles: ['schoolAdmin'],
  async handler({ id, recruiterStaffId }, caller) {
    const staff = schoolStaff(caller);
    const lead = await leadFor(staff, id);
    const recruiter = (await recruitersOf(staff.schoolId)).find((r) => r._id === recruiterStaffId);
    if (!recruiter) throw new Failure('INVALID_INPUT', { recruiterStaffId: '请选择本校的招生老师' });
    const at = now();
    await inTransaction(async (tx) => {
      await tx.collection('leads').doc(id).update({ recruiterStaffId, updatedAt: at });
      const data = { thing1: clip(lead.studentName), thing2: clip(lead.majors.map((m) => m.majorName).join('、')), thing3: clip('学校管理员转交'), time4: wechatTime(at) };
      await enqueue(tx, { kind: 'lead-assigned', recipientOpenid: recruiter.openid, schoolId: lead.schoolId, data, page: `/staff/pages/lead/index?id=${id}` }, at);
    });
    return { id, recruiterStaffId };
  },
});
