/**
 * CI: WeChat's own compiler accepts the weapp build, its packages fit WeChat's limits, and the repo
 * root opens in WeChat devtools. `tsx scripts/check-weapp.ts [dir]` checks another build folder.
 */
import { join, resolve } from 'node:path';
import { functionNames, root } from './functions';
import { compileWeapp, inspectProjectConfig } from './weapp';

async function main(): Promise<number> {
  const dir = resolve(process.argv[2] ?? join(root, 'dist', 'weapp'));
  const report = await compileWeapp(dir);
  const problems = [...report.problems, ...(process.argv[2] ? [] : inspectProjectConfig(root, functionNames()))];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log("(offline, the compiler's request to servicewechat.com for its extension list fails; that is expected)");
  console.log(`weapp compiled by miniprogram-ci: main package ${kb(report.mainPackageBytes)} (limit ${kb(report.limits.mainPackageBytes)})`);
  for (const [rootDir, bytes] of Object.entries(report.subpackageBytes))
    console.log(`  subpackage ${rootDir}: ${kb(bytes)} (limit ${kb(report.limits.subpackageBytes)})`);
  console.log(`  total ${kb(report.totalBytes)} (limit ${kb(report.limits.totalBytes)})`);
  if (problems.length) {
    console.error(`weapp check failed:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  console.log('weapp check passed');
  return 0;
}

// WeChat's compiler keeps helper processes alive: leave explicitly, with the verdict.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
