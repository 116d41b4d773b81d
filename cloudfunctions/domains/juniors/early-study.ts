import type { EarlyStudyView } from '../../../shared/api/early-study';
import { isStanding, mayDecide, type EarlySide } from '../../../shared/early-study';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import { earlyStudyStatusLabels, type EarlyStudy, type SideDecision } from '../../../shared/records/early-study';
import type { Staff } from '../../../shared/records/staff';
import { _ } from '../../_kit/platform/app';
import type { Caller } from '../../_kit/platform/caller';
import { records, type Where } from '../../_kit/platform/collections';
import type { Tx } from '../../_kit/platform/transaction';

/** The side a staff caller answers for on this request, if any: their own junior high or school. */
export function sideOf(caller: Caller, request: Pick<EarlyStudy, 'juniorSchoolId' | 'schoolId'>): EarlySide | null {
  if (caller.role === 'juniorStaff') return caller.staff.juniorSchoolId === request.juniorSchoolId ? 'junior' : null;
  if (caller.role === 'schoolAdmin' || caller.role === 'recruiter') return caller.staff.schoolId === request.schoolId ? 'school' : null;
  return null;
}

/**
 * The requests a caller may see (R8, R23): a family its own, a junior high its own students', a
 * school those made to it, a district reviewer their district's junior highs', the city all.
 */
export async function scopeOf(caller: Caller, year: number): Promise<Where> {
  switch (caller.role) {
    case 'family':
      return { openid: caller.openid, year };
    case 'juniorStaff':
      return { juniorSchoolId: caller.staff.juniorSchoolId, year };
    case 'recruiter':
    case 'schoolAdmin':
      return { schoolId: caller.staff.schoolId, year };
    case 'reviewer': {
      if (caller.scope.schoolKind !== 'district') return { year };
      const juniors = await records.juniorSchools.find({ district: caller.scope.district }, { limit: 1000 });
      return { juniorSchoolId: _.in(juniors.map((j) => j._id)), year };
    }
    case 'bureauAdmin':
      return { year };
  }
}

function sideView(side: SideDecision) {
  return { decision: side.decision, staffName: side.staffName ?? null, at: side.at?.toISOString() ?? null, reason: side.reason ?? null };
}

export function viewOf(request: EarlyStudy, caller: Caller): EarlyStudyView {
  const side = sideOf(caller, request);
  return {
    id: request._id,
    formId: caller.role === 'family' ? request.formId : null,
    studentName: request.studentName,
    juniorSchoolName: request.juniorSchoolName,
    schoolName: request.schoolName,
    majorName: request.majorName,
    status: request.status,
    statusLabel: earlyStudyStatusLabels[request.status],
    junior: sideView(request.junior),
    school: sideView(request.school),
    cancelledReason: request.cancelledReason ?? null,
    createdAt: request.createdAt.toISOString(),
    mayDecide: side !== null && mayDecide(request, side),
  };
}

/** Who answers a request: the junior high's staff and the school's admins and recruiters, still active. */
export async function answerersOf(request: Pick<EarlyStudy, 'juniorSchoolId' | 'schoolId'>): Promise<Staff[]> {
  const [junior, school] = await Promise.all([
    records.staff.find({ juniorSchoolId: request.juniorSchoolId, role: 'juniorStaff' }, { limit: 100 }),
    records.staff.find({ schoolId: request.schoolId, role: 'schoolAdmin' }, { limit: 100 }),
  ]);
  return [...junior, ...school].filter((s) => s.status === 'active');
}

/**
 * R8: a standing request ends with the form it belongs to, inside the transaction that changes the
 * form: when the form is withdrawn, no longer chooses the request's school, or names another junior
 * high, the request is cancelled. Answers the form's `earlyStudyId` from now on (undefined once nothing stands).
 */
export async function settleEarlyStudy(
  tx: Tx,
  form: Pick<ChoiceFormRecord, 'earlyStudyId' | 'status' | 'choices' | 'student'>,
  at: Date,
): Promise<string | undefined> {
  if (!form.earlyStudyId) return undefined;
  const request = await tx.earlyStudies.get(form.earlyStudyId);
  if (!request || !isStanding(request.status)) return undefined;
  const withdrawn = form.status === 'withdrawn';
  // the junior high that confirms is the student's own: a request made at another one does not stand (R8, R23)
  const movedJunior = form.student.juniorSchoolId !== request.juniorSchoolId;
  if (!withdrawn && !movedJunior && form.choices.some((c) => c.schoolId === request.schoolId)) return request._id;
  const cancelledReason = withdrawn ? '学生撤回了志愿表' : movedJunior ? '学生的初中学校已更改，请重新申请' : `学生的志愿表不再填报${request.schoolName}`;
  await tx.earlyStudies.update(request._id, { status: 'cancelled', activeKey: _.remove(), cancelledReason, updatedAt: at });
  return undefined;
}
