import { unifiedRoundExportInput, unifiedRoundExportOutput } from '../../../shared/api/unified-admission';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { roundExport } from '../../domains/admission/unified/round-export';
import { currentSeason } from '../../domains/season/season';

/**
 * R26: the bureau admin exports a committed round of 统一录取 to publish — its inputs as the commit
 * read them and its result, by pseudonym only (no name, no ID number), as one gzip-compressed
 * canonical JSON file (shared/allocation/round-export.ts) from which anyone recomputes the round with
 * `npm run recompute -- <file>`. It writes nothing. With the allocation in the sheets function for
 * its memory; the answer is bounded in scripts/export-sizes.ts.
 */
export const main = defineFunction({
  name: 'unifiedRoundExport',
  input: unifiedRoundExportInput,
  output: unifiedRoundExportOutput,
  roles: ['bureauAdmin'],
  async handler({ round }) {
    return roundExport(await currentSeason(now()), round);
  },
});
