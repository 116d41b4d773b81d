import tcb from '@cloudbase/node-sdk';
import type { Role } from '../../shared/roles';
import { staffSchema, type Staff } from '../../shared/records/staff';
import { db } from './app';

export interface Caller {
  /** '' when no end user invoked the function (a timer, another function) */
  openid: string;
  role: Role;
  staff: Staff | null;
}

/**
 * The caller's OPENID comes from the invocation's own context (never the request body, never a
 * process-wide variable, so concurrent invocations cannot see each other's identity).
 */
export function openidFrom(context: unknown): string {
  const env = tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]);
  return env.WX_OPENID ?? '';
}

/** A caller is staff only if the staff collection binds their OPENID to a role; otherwise family. */
export async function resolveCaller(openid: string): Promise<Caller> {
  if (!openid) return { openid, role: 'family', staff: null };
  const { data } = await db.collection('staff').where({ openid }).limit(1).get();
  const staff = data[0] ? staffSchema.parse(data[0]) : null;
  return { openid, role: staff?.role ?? 'family', staff };
}
