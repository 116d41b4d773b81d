import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { demoCity } from '../../emulator/seed/city';

/**
 * R27: the service belongs to the city that runs it — no city's, bureau's or district's name stays
 * in the product's code. The demo city (emulator/seed/city.ts) lives in the seed only; the product
 * says names it reads from the city the bureau set (cloudfunctions/domains/city/city.ts), and its
 * placeholders are neutral (某某区). Scans shared/, cloudfunctions/, client/ and config/.
 */
const root = join(__dirname, '../..');
const scanned = ['shared', 'cloudfunctions', 'client', 'config'];
const textFile = /\.(ts|tsx|js|jsx|json|scss|css|html|md)$/;

/** The demo city's names and the short forms people write: 忻州市, 忻州, 忻 (忻教职招备), 忻府区, 忻府, 原平… */
function demoNames(): string[] {
  const stem = (name: string) => (name.length > 2 ? name.replace(/[市区县]$/, '') : name);
  const names = new Set<string>([demoCity.name, stem(demoCity.name), demoCity.name.slice(0, 1), demoCity.bureauName]);
  for (const d of demoCity.districts) {
    names.add(d.name);
    names.add(stem(d.name));
  }
  return [...names].filter((n) => n.length > 0);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (entry === 'node_modules' || entry.startsWith('.')) return [];
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : textFile.test(entry) ? [path] : [];
  });
}

test('R27: the demo city has names to look for', () => {
  expect(demoNames()).toEqual(expect.arrayContaining(['忻州市', '忻', '忻府区', '原平', '定襄', '五台']));
});

test('R27: no city, bureau or district name of the demo stays in the product’s sources (only the seed has them)', () => {
  const names = demoNames();
  const found: string[] = [];
  for (const file of scanned.flatMap((d) => filesUnder(join(root, d)))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const name = names.find((n) => text.includes(n));
        if (name) found.push(`${relative(root, file)}:${i + 1} names “${name}”: ${text.trim().slice(0, 120)}`);
      });
  }
  expect(found).toEqual([]);
});
