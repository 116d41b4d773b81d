import { isOpenJunior, type JuniorSchool } from '../../../shared/records/content';
import { _ } from '../../_kit/platform/app';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { failures } from '../../_kit/platform/failures';
import { memo } from '../../_kit/platform/memo';
import { juniorFailures } from './failures';

/**
 * The junior high schools are a list the bureau keeps and seldom changes (R27, domains/juniors/registry.ts):
 * the instance keeps it for a minute, as it keeps the season, for what names junior highs — labels,
 * counts, a district — and costs no round trip for it. The list holds closed junior highs too: their
 * forms, leads and counts still name them.
 */
export const juniorSchoolsKept = memo(60_000, () => records.juniorSchools.find({}, { orderBy: [['district', 'asc']], limit: MAX_READ }));

/** One junior high: from the kept list, or read when it is newer than the list (just added or imported). */
export async function juniorSchoolById(id: string): Promise<JuniorSchool | null> {
  return (await juniorSchoolsKept()).find((j) => j._id === id) ?? (await records.juniorSchools.get(id));
}

/**
 * The junior highs open for anything new, read afresh (not the kept list): the choice form's picker
 * and the invitation page offer a junior high the bureau added a moment ago, and never one it closed.
 */
export async function openJuniorSchools(where: { district?: string } = {}): Promise<JuniorSchool[]> {
  return (await records.juniorSchools.find(where, { orderBy: [['district', 'asc']], limit: MAX_READ })).filter(isOpenJunior);
}

/**
 * A junior high chosen for something new (an invitation, a visit, a poster, a target row), read
 * afresh: unknown → `field`'s error or not found; closed → refused with `field`'s error.
 */
export async function openJuniorSchool(id: string, field: string | null): Promise<JuniorSchool> {
  const junior = await records.juniorSchools.get(id);
  if (!junior) throw field ? failures.invalid({ [field]: '请从名录中选择初中学校' }) : failures.notFound();
  if (!isOpenJunior(junior)) throw juniorFailures.juniorClosed(field ?? 'juniorSchoolId');
  return junior;
}

/**
 * A recruiter's territories (R27, R20), read afresh: each must be a junior high of the registry, and
 * open unless the recruiter already had it (a junior high closed since stays theirs, like a form
 * keeps one, but none closed is given to anyone new). One check for the invitation that sets them
 * and for the school admin's later change.
 */
export async function checkTerritories(territories: readonly string[], alreadyHeld: readonly string[] = []): Promise<string[]> {
  const wanted = [...new Set(territories)];
  if (wanted.length === 0) return wanted;
  const known = await records.juniorSchools.find({ _id: _.in(wanted) }, { limit: wanted.length });
  if (known.length !== wanted.length) throw failures.invalid({ territories: '请从列表中选择初中学校' });
  if (known.some((j) => !isOpenJunior(j) && !alreadyHeld.includes(j._id))) throw juniorFailures.juniorClosed('territories');
  return wanted;
}
