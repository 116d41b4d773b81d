import { earlyStudyExportInput, earlyStudyExportOutput } from '../../../shared/api/early-study';
import { scopeOf } from '../../domains/juniors/early-study';
import { earlyStudyWorkbook } from '../../domains/juniors/early-study-workbook';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { currentSeason } from '../../domains/season/season';

/**
 * R8: the bureau's list of early-study requests as a spreadsheet, the record both schools' and the
 * bureau's hand-over of the students rests on (学生管理移交的依据). A district reviewer's has their
 * district's junior highs.
 */
export const main = defineFunction({
  name: 'earlyStudyExport',
  input: earlyStudyExportInput,
  output: earlyStudyExportOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler({ status }, caller) {
    const season = await currentSeason();
    const where = { ...(await scopeOf(caller, season.year)), ...(status ? { status } : {}) };
    const requests = await records.earlyStudies.findAll(where);
    const content = await earlyStudyWorkbook(season.year, requests);
    return { fileName: `${season.year}年提前学习学生名单.xlsx`, content: content.toString('base64') };
  },
});
