/** CI: the weapp build is a valid WeChat project and the repo root opens in WeChat devtools. */
import { join } from 'node:path';
import { functionNames, root } from './functions';
import { inspectProjectConfig, inspectWeapp } from './weapp';

const report = inspectWeapp(join(root, 'dist', 'weapp'));
const problems = [...report.problems, ...inspectProjectConfig(root, functionNames())];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`weapp: main package ${kb(report.mainPackageBytes)}, total ${kb(report.totalBytes)}`);
for (const [rootDir, bytes] of Object.entries(report.subpackageBytes)) console.log(`  subpackage ${rootDir}: ${kb(bytes)}`);
if (problems.length) {
  console.error(`weapp check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('weapp check passed');
