import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Facts about a built WeChat mini-program: what WeChat devtools would refuse, and its package sizes. */
export interface WeappReport {
  problems: string[];
  mainPackageBytes: number;
  totalBytes: number;
  subpackageBytes: Record<string, number>;
}

interface AppJson {
  pages?: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  tabBar?: { list?: Array<{ pagePath: string; iconPath?: string; selectedIconPath?: string }> };
}

/** WeChat refuses a main package over 2 MB. */
export const MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

export function inspectWeapp(dir: string): WeappReport {
  const problems: string[] = [];
  const appJsonPath = join(dir, 'app.json');
  if (!existsSync(appJsonPath)) return { problems: [`${appJsonPath} is missing`], mainPackageBytes: 0, totalBytes: 0, subpackageBytes: {} };
  const app = JSON.parse(readFileSync(appJsonPath, 'utf8')) as AppJson;
  const pages = app.pages ?? [];
  if (pages.length === 0) problems.push('app.json lists no pages');
  const subpackages = app.subPackages ?? [];
  const allPages = [...pages, ...subpackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
  for (const page of allPages) {
    for (const ext of ['js', 'json', 'wxml']) {
      if (!existsSync(join(dir, `${page}.${ext}`))) problems.push(`page ${page} has no .${ext}`);
    }
  }
  for (const file of ['app.js', 'app.wxss']) if (!existsSync(join(dir, file))) problems.push(`${file} is missing`);
  for (const tab of app.tabBar?.list ?? []) {
    if (!pages.includes(tab.pagePath)) problems.push(`tab ${tab.pagePath} is not a main-package page`);
    for (const icon of [tab.iconPath, tab.selectedIconPath]) if (icon && !existsSync(join(dir, icon))) problems.push(`tab icon ${icon} is missing`);
  }
  const sizes = files(dir).map((f) => ({ path: relative(dir, f), bytes: statSync(f).size }));
  const subpackageBytes = Object.fromEntries(subpackages.map((s) => [s.root, sizes.filter((f) => f.path.startsWith(`${s.root}/`)).reduce((n, f) => n + f.bytes, 0)]));
  const totalBytes = sizes.reduce((n, f) => n + f.bytes, 0);
  const mainPackageBytes = totalBytes - Object.values(subpackageBytes).reduce((n, b) => n + b, 0);
  if (mainPackageBytes > MAIN_PACKAGE_LIMIT) problems.push(`main package ${mainPackageBytes} bytes exceeds WeChat's 2 MB`);
  return { problems, mainPackageBytes, totalBytes, subpackageBytes };
}

/** The repository's project.config.json must point WeChat devtools at the built app and functions. */
export function inspectProjectConfig(root: string, functionNames: string[]): string[] {
  const problems: string[] = [];
  const config = JSON.parse(readFileSync(join(root, 'project.config.json'), 'utf8')) as { miniprogramRoot?: string; cloudfunctionRoot?: string };
  if (!config.miniprogramRoot || !existsSync(join(root, config.miniprogramRoot, 'app.json'))) problems.push('miniprogramRoot does not point at a built app');
  if (!config.cloudfunctionRoot) problems.push('cloudfunctionRoot is missing');
  else {
    for (const name of functionNames) {
      for (const file of ['index.js', 'package.json']) {
        if (!existsSync(join(root, config.cloudfunctionRoot, name, file))) problems.push(`function ${name} has no ${file} under cloudfunctionRoot`);
      }
    }
  }
  return problems;
}
