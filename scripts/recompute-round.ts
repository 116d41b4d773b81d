/**
 * `npm run recompute -- <file>`: recomputes a published round of 统一录取 (R26) from its export alone
 * — the file the bureau publishes (`unifiedRoundExport`: 2027年统一录取第1轮.json.gz, or the same
 * JSON uncompressed) — and says whether the result is the published one.
 *
 * It reads nothing but the file: it checks the seed against the commitment published before the
 * choice deadline, recomputes every lottery number from the seed, runs the round with the module
 * the commit ran (shared/allocation: roundOf), and compares each student's offer with the file's.
 * Exit 0: the result matches. Exit 1: the differences (or what keeps the file from being
 * recomputed) are listed. Exit 2: the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { differenceText, recomputeRoundExport, type RecomputeReport } from '../shared/allocation/round-export';

/** The file's JSON, gzip-compressed or not. */
export function readExport(path: string): unknown {
  const bytes = readFileSync(path);
  const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return JSON.parse(text) as unknown;
}

/** The report as printed: a verdict first, then each problem and difference (at most `limit` of these). */
export function reportText(report: RecomputeReport, limit = 100): string {
  const lines: string[] = [];
  const which = report.year && report.round ? `${report.year}年统一录取第${report.round}轮` : '这个文件';
  if (report.matches) {
    lines.push(
      `一致：按${which}的输入重新计算，${report.students} 名学生的录取结果与公布的结果完全相同（录取 ${report.placed} 人，未录取 ${report.students - report.placed} 人）。`,
    );
    if (report.exportDigest) lines.push(`输入数据的摘要：${report.exportDigest}（应与确认本轮时公布的校验值相同）`);
    return lines.join('\n');
  }
  lines.push(
    `不一致：${which}${report.problems.length ? `有 ${report.problems.length} 个问题` : ''}${report.problems.length && report.differences.length ? '，' : ''}${report.differences.length ? `有 ${report.differences.length} 名学生的重新计算结果与公布的不同` : ''}。`,
  );
  for (const p of report.problems.slice(0, limit)) lines.push(`  问题：${p}`);
  for (const d of report.differences.slice(0, limit)) lines.push(`  ${differenceText(d)}`);
  if (report.differences.length > limit) lines.push(`  ……另有 ${report.differences.length - limit} 名学生不同`);
  return lines.join('\n');
}

function main(argv: string[]): number {
  const path = argv[0];
  if (!path) {
    process.stderr.write('用法：npm run recompute -- <统一录取导出文件（.json 或 .json.gz）>\n');
    return 2;
  }
  let raw: unknown;
  try {
    raw = readExport(path);
  } catch (e) {
    process.stderr.write(`无法读取 ${path}：${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const report = recomputeRoundExport(raw);
  process.stdout.write(`${reportText(report)}\n`);
  return report.matches ? 0 : 1;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
