import type { Staff } from '../../../shared/records/staff';
import { isQualified, type School } from '../../../shared/records/school';
import type { Tx } from '../../_kit/platform/transaction';

/** R1: whether a change of the registry takes this year's qualification away from a school. */
export function losesQualification(before: Pick<School, 'qualifications'> | undefined, after: Pick<School, 'qualifications'>, year: number): boolean {
  return Boolean(before && isQualified(before, year) && !isQualified(after, year));
}

/** R1: the school's admins learn at once that it may no longer publish or recruit this year. */
export async function tellQualificationLost(tx: Tx, admins: Staff[], year: number, at: Date): Promise<void> {
  for (const admin of admins) {
    await tx.inbox.add({
      recipientOpenid: admin.openid,
      kind: 'qualification-changed',
      title: `本校${year}年招生资质已变更`,
      body: '教育局名录显示本校本年度不具备招生资质或未通过年检：招生简章不再向家长展示，也不再接受新的志愿。如有疑问请联系教育局。',
      link: '/staff/pages/brochure-edit/index',
      createdAt: at,
      readAt: null,
    });
  }
}
