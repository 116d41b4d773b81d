import type { AuditAction } from '../../../shared/records/audit';
import type { Staff } from '../../../shared/records/staff';
import { records } from '../../_kit/platform/collections';
import type { Tx } from '../../_kit/platform/transaction';

export interface AuditRecord {
  action: AuditAction;
  subjectId: string;
  at: Date;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes one line of the audit trail for a staff member's action; inside the transaction of the
 * change when there is one, so the change and its record commit together.
 */
export async function audit(actor: Pick<Staff, '_id' | 'name'>, entry: AuditRecord, tx?: Tx): Promise<void> {
  const line = { staffId: actor._id, actorName: actor.name, ...entry };
  if (tx) await tx.auditLog.add(line);
  else await records.auditLog.add(line);
}
