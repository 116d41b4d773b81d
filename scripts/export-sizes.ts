/**
 * The largest response of each spreadsheet export (the sheets function's actions that answer a
 * base64 .xlsx inside their JSON), at a city's worst case, as measured by
 *
 *     npm run bench -- exports          (scripts/bench-exports.ts)
 *
 * which prints each measured response beside the figure here and says STALE, with the number to
 * record, when the measured one is larger. Each figure is the measured answer rounded up to the
 * kilobyte: a workbook holds the minute it was made, so its size moves by a few bytes. The deploy plan (scripts/deploy.ts → deploy-limits.ts)
 * holds the largest against CloudBase's 6 MB ceiling on a synchronous response and stops if it is
 * over. Bytes of JSON and of a compressed .xlsx depend on the code and the data, not the machine.
 */
export type ExportName = 'registrationExport' | 'monthlyReportExport' | 'monthlyReportRollup' | 'earlyStudyExport' | 'targetExport';

export interface ExportDeclaration {
  name: ExportName;
  /** the worst case measured */
  worstCase: string;
  /** the function's answer as JSON, in bytes */
  bytes: number;
}

export const measuredExports: readonly ExportDeclaration[] = [
  { name: 'registrationExport', worstCase: 'the largest school: 3,000 enrolled students, ID numbers decrypted', bytes: 294_912 },
  { name: 'monthlyReportExport', worstCase: 'that school’s monthly table', bytes: 14_336 },
  { name: 'monthlyReportRollup', worstCase: '40 schools’ tables, 22.5k leads', bytes: 26_624 },
  { name: 'earlyStudyExport', worstCase: 'the whole city, all 30,000 graduates asking (a bound)', bytes: 1_615_872 },
  { name: 'targetExport', worstCase: 'the city’s ranking of 200 junior highs', bytes: 23_552 },
];
