import { readFileSync } from 'node:fs';

/** The emulator's wire protocol was verified against exactly these versions (../shared/EMULATOR.md). */
const verified = { '@cloudbase/node-sdk': '3.18.3', '@cloudbase/database': '1.4.3' };

test.each(Object.entries(verified))('the installed %s is the verified %s', (name, version) => {
  const installed = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
  expect(installed.version).toBe(version);
});
