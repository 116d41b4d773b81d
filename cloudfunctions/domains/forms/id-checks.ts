import { inShanghai } from '../../../shared/time';
import { inTransaction } from '../../_kit/platform/transaction';
import { formFailures } from './failures';

/**
 * R7, R6: the different students one WeChat identity may ask about in a day, through either door
 * that would tell it whether a student's ID number holds a form filed from another WeChat: the
 * submit's ID_IN_USE answer and the request for the bureau to check. A family has one child or
 * a few (twins); a stranger testing ID numbers has many.
 */
export const ID_CHECKS_PER_DAY = 3;

/**
 * Counts `studentKey` against the identity's day, in a transaction (two at once cannot both take the
 * last one), or refuses with TOO_MANY_ATTEMPTS. A student already asked about today is always
 * allowed again, so the family told ID_IN_USE can go on to ask the bureau to check.
 */
export async function spendIdCheck(openid: string, studentKey: string, at: Date): Promise<void> {
  const id = `${openid}:${inShanghai(at).format('YYYY-MM-DD')}`;
  await inTransaction(async (tx) => {
    const keys = (await tx.idChecks.get(id))?.keys ?? [];
    if (keys.includes(studentKey)) return;
    if (keys.length >= ID_CHECKS_PER_DAY) throw formFailures.tooManyIdChecks();
    await tx.idChecks.set(id, { keys: [...keys, studentKey] });
  });
}
