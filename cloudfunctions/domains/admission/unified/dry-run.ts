import { priorityEntriesInWords } from '../../../../shared/admission-mode';
import { allocate, type AllocationResult } from '../../../../shared/allocation/allocate';
import type { UnifiedDryRun } from '../../../../shared/api/unified-admission';
import { majorKey, type UnifiedExport } from './export';

/** Why a student stays unplaced, in words the bureau reads. */
export const unplacedWhyLabels = {
  'no-places': '所填的专业都没有计划名额（简章未备案、已撤回或学校不具备本年度招生资质）',
  'full-at-higher-priority': '所填专业的名额已被优先顺序在前的学生录满',
} as const;

/**
 * R26's dry run: the allocation over an export, summarised for the bureau — each major's fill and
 * the priority of the last student it admitted, how many stay unplaced and why. Pure: nothing is
 * stored, and the same export always answers the same.
 */
export function dryRunOf(year: number, exported: UnifiedExport, result: AllocationResult = allocate(exported.input)): UnifiedDryRun {
  const why = { 'no-places': 0, 'full-at-higher-priority': 0 };
  for (const s of result.students) {
    if (s.offer) continue;
    // unplaced because some choice was full at a higher priority, or because none had a place at all
    why[s.waiting.some((w) => w.why === 'full-at-higher-priority') ? 'full-at-higher-priority' : 'no-places'] += 1;
  }
  return {
    year,
    seed: exported.input.seed,
    commitment: exported.input.seedCommitment,
    exportDigest: exported.digest,
    students: result.students.length,
    placed: result.placed,
    unplaced: result.unplaced,
    unplacedWhy: (Object.keys(why) as Array<keyof typeof why>).filter((k) => why[k] > 0).map((k) => ({ why: k, label: unplacedWhyLabels[k], count: why[k] })),
    majors: result.majors.map((m) => ({
      schoolId: m.schoolId,
      schoolName: exported.schoolNames.get(m.schoolId) ?? '',
      majorId: m.majorId,
      majorName: exported.majorNames.get(majorKey(m.schoolId, m.majorId)) ?? '',
      places: m.places,
      filled: m.filled,
      waiting: m.waiting,
      lastAdmitted: m.lastAdmitted ? priorityEntriesInWords(m.lastAdmitted) : null,
    })),
  };
}
