import { unifiedScoreImportInput, unifiedScoreImportOutput } from '../../../shared/api/unified-admission';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { readSpreadsheet, sheetLimits } from '../../_kit/platform/spreadsheet-read';
import { admissionFailures } from '../../domains/admission/failures';
import { applyScoreWrite, planScoreImport, scoresOpen } from '../../domains/admission/unified/scores';
import { unifiedSeason } from '../../domains/admission/unified/seed';
import { confirmPlan, planDigest } from '../../domains/registry/import-plan';
import { currentSeason } from '../../domains/season/season';
import { audit } from '../../domains/staff/audit';

/**
 * R26: the bureau admin imports the year's 中考 scores (身份证号、中考成绩) for a unified season's
 * `score` priority, in the registries' preview-then-apply shape (domains/registry/import-plan.ts): a
 * preview says how many scores are new, changed or the same and which rows are wrong (a wrong ID
 * number, a score out of range, an ID number twice — by row), writing nothing; a confirmation
 * applies exactly the previewed plan, once. Each score is kept only under the ID number's keyed
 * hash (domains/admission/unified/scores.ts); the number itself and any other column are dropped.
 * Refused once the year's seed is revealed: the allocation's inputs are frozen.
 */
export const main = defineFunction({
  name: 'unifiedScoreImport',
  input: unifiedScoreImportInput,
  output: unifiedScoreImportOutput,
  roles: ['bureauAdmin'],
  async handler({ fileName, content, confirm, digest }, caller) {
    const season = unifiedSeason(await currentSeason(now()));
    await scoresOpen(season);
    const bytes = Buffer.from(content, 'base64');
    const rows = await readSpreadsheet(fileName, bytes, sheetLimits.unifiedScoreImport);
    const plan = await planScoreImport(season.year, rows);
    const digestOfPlan = planDigest(
      `exam-scores-${season.year}`,
      bytes,
      plan.writes.map((w) => [w.key, w.before] as const),
    );
    const answer = (applied: boolean) => ({
      digest: digestOfPlan,
      applied,
      rows: plan.rows,
      added: plan.added,
      changed: plan.changed,
      unchanged: plan.unchanged,
      problems: plan.problems.slice(0, 200),
      usedByPriorities: season.priorities.some((c) => c.kind === 'score'),
    });
    if (!confirm) return answer(false);
    const at = now();
    await confirmPlan({
      digest: digestOfPlan,
      confirmed: digest,
      problems: plan.problems,
      writes: plan.writes,
      claim: { action: 'scores.import', at, staffId: caller.staff._id },
      apply: (tx, write) => applyScoreWrite(tx, season, write, at, caller.staff),
      refusals: {
        hasProblems: admissionFailures.scoresHaveProblems,
        changedSincePreview: admissionFailures.scoresChangedSincePreview,
        alreadyApplied: admissionFailures.scoresAlreadyApplied,
      },
    });
    // the audit line counts the scores; it never holds one, nor an ID number
    if (plan.writes.length)
      await audit(caller.staff, {
        action: 'scores.import',
        subjectId: `scores-${season.year}`,
        at,
        after: { fileName, added: plan.added, changed: plan.changed },
      });
    return answer(true);
  },
});
