import { codeHint } from '../../../shared/readable-code';
import { SETUP_CODE_LENGTH, SETUP_CODE_VALID_HOURS } from '../../../shared/setup-code';
import { records } from '../../_kit/platform/collections';
import { randomCode } from '../../_kit/platform/readable-code';
import { keyedHash } from '../../_kit/platform/personal-data';
import { audit } from './audit';

/**
 * R27: the first bureau admin of a new environment, by a one-time code the deployment issues
 * (`npm run setup`, scripts/setup.ts). Nobody reaching the functions can issue one: only someone
 * holding the environment's credentials, who writes it from outside. The code is kept only as its
 * keyed hash (the same HMAC key as ID numbers and invitations, under its own purpose), works only
 * while the city has no active bureau admin, and expires after 72 hours.
 */

/** Who the audit trail names for an issued code: not a staff member, the deployment itself. */
export const DEPLOYMENT_ACTOR = { _id: 'deployment', name: '部署人员（npm run setup）' };

/** The name the first bureau admin is listed under (the page asks for the code alone). */
export const FIRST_ADMIN_NAME = '教育局管理员';

export function setupCodeIdOf(code: string): string {
  return `setup-${keyedHash(code, 'setup-code').slice(0, 40)}`;
}

/** Whether any bureau admin can still act; staff written before `status` existed count as active. */
export async function hasActiveBureauAdmin(): Promise<boolean> {
  const admins = await records.staff.find({ role: 'bureauAdmin' }, { limit: 100 });
  return admins.some((s) => s.status === 'active');
}

export type Issued = { code: string; expiresAt: Date } | { refused: 'bureau-admin-exists' };

/**
 * Issues a new code, shown once by the caller and never stored, and supersedes any code still
 * open, so at most one works at a time (a code issued and lost is made useless by the next one).
 * Refuses while a bureau admin exists: they invite whoever else is needed.
 */
export async function issueSetupCode(at: Date): Promise<Issued> {
  if (await hasActiveBureauAdmin()) return { refused: 'bureau-admin-exists' };
  const code = randomCode(SETUP_CODE_LENGTH);
  const expiresAt = new Date(at.getTime() + SETUP_CODE_VALID_HOURS * 3_600_000);
  await records.setupCodes.updateWhere({ status: 'open' }, { status: 'superseded', supersededAt: at });
  const id = setupCodeIdOf(code);
  await records.setupCodes.add({ _id: id, hint: codeHint(code), issuedAt: at, expiresAt, status: 'open' });
  await audit(DEPLOYMENT_ACTOR, { action: 'setup.issue', subjectId: id, at, after: { expiresAt } });
  return { code, expiresAt };
}
