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

export interface AnswerDeclaration {
  name: string;
  worstCase: string;
  bytes: number;
}

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

/**
 * The sheets function's other actions — the allocation's, placed there for its time and memory —
 * answer plain JSON whose size their schema bounds, not a workbook: held to the same ceiling by
 * that bound. The dry run answers one row per major (at most MAX_ALLOCATION_MAJORS, each row's
 * ids, names and last-admitted words well under 700 bytes); the commit answers five counts (the
 * score import, like the registries' imports, is held by its upload's limits). The round's export answers a
 * file — gzip-compressed JSON — measured at a city's worst case by a test that fails when it grows
 * past the figure here.
 */
export const boundedAnswers: readonly AnswerDeclaration[] = [
  { name: 'unifiedDryRun', worstCase: 'one row per major, 5,000 majors at most, each under 700 bytes', bytes: 5_000 * 700 + 4_096 },
  { name: 'unifiedCommit', worstCase: 'the round’s progress: five counts', bytes: 512 },
  // a gzip-compressed JSON file (base64), not a bound by schema: measured by tests/unit/allocation/export-size.test.ts at 1.94 MB
  {
    name: 'unifiedRoundExport',
    worstCase: 'a city’s round file: 30,000 students × 6 choices over 300 majors, scores, every student an earlier offer and a third a declined one',
    bytes: 2_200_000,
  },
];
