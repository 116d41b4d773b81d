import { targetReadInput, targetReadOutput } from '../../../shared/api/targets';
import { readTargetRows, sheetCheck } from '../../../shared/targets';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { readSpreadsheet, sheetLimits } from '../../_kit/platform/spreadsheet-read';
import { sheetIdOf, sheetJuniors } from '../../domains/juniors/targets';
import { currentSeason } from '../../domains/season/season';

/**
 * R11: the bureau's spreadsheet of a district's targets, read into lines the 送培目标 page shows for
 * checking; saving stays targetSave's (with its checks, version and audit). Nothing is written here.
 */
export const main = defineFunction({
  name: 'targetRead',
  input: targetReadInput,
  output: targetReadOutput,
  roles: ['bureauAdmin'],
  async handler({ district, fileName, content }) {
    const rows = await readSpreadsheet(fileName, Buffer.from(content, 'base64'), sheetLimits.targetRead);
    const [juniors, season] = await Promise.all([records.juniorSchools.find({ district }, { limit: 1000 }), currentSeason()]);
    // R27: the names matched are the junior highs the sheet may list (open, or closed but already on it)
    const read = readTargetRows(rows, sheetJuniors(juniors, await records.targetSheets.get(sheetIdOf(season.year, district))));
    return { ...read, check: sheetCheck(read.juniors, season.targets.find((t) => t.district === district)?.total ?? null) };
  },
});
