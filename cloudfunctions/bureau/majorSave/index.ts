import { createHash } from 'node:crypto';
import { majorSaveInput, majorSaveOutput } from '../../../shared/api/registry';
import type { Major } from '../../../shared/records/major';
import { audit } from '../../domains/staff/audit';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { nextRevision } from '../../_kit/platform/revision';
import { inTransaction } from '../../_kit/platform/transaction';
import { registryFailures } from '../../domains/registry/failures';

/**
 * R22, R5: the bureau adds a school's major or changes one (filed or not, its filing number,
 * duration and mode). An unfiled major takes no choices from the next call on; its history is kept.
 */
export const main = defineFunction({
  name: 'majorSave',
  input: majorSaveInput,
  output: majorSaveOutput,
  roles: ['bureauAdmin'],
  async handler({ id, version, filingNumber, ...fields }, caller) {
    if (!(await records.schools.get(fields.schoolId))) throw failures.invalid({ schoolId: '请选择名录中的学校' });
    if (fields.filed && !filingNumber) throw failures.invalid({ filingNumber: '已备案的专业请填写备案编号' });
    if ((await records.majors.find({ schoolId: fields.schoolId, name: fields.name }, { limit: 2 })).some((m) => m._id !== id))
      throw failures.invalid({ name: '本校已有同名专业' });
    const at = now();
    const majorId = id ?? `major-${createHash('sha256').update(`${fields.schoolId}:${fields.name}`).digest('hex').slice(0, 16)}`;
    await inTransaction(async (tx) => {
      const stored = await tx.majors.get(majorId);
      if (id && !stored) throw failures.notFound();
      if (!id && stored) throw failures.invalid({ name: '本校已有同名专业' });
      if (stored && stored.schoolId !== fields.schoolId) throw failures.invalid({ schoolId: '专业不能改到其他学校' });
      const revision = nextRevision(stored, version, registryFailures.registryChangedMeanwhile);
      const next: Omit<Major, '_id'> = { ...fields, ...(filingNumber ? { filingNumber } : {}), updatedAt: at, revision };
      const { _id, updatedAt: _was, revision: _wasRevision, ...before } = stored ?? { _id: majorId };
      const { updatedAt: _now, revision: _nowRevision, ...after } = next;
      await tx.majors.set(majorId, next);
      await audit(caller.staff, { action: 'registry.major', subjectId: majorId, at, before: stored ? before : undefined, after }, tx);
    });
    return { id: majorId };
  },
});
