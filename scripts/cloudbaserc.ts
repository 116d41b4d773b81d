/**
 * cloudbaserc.json, made from config/functions.ts (the one declaration of what deploys as which
 * function): `npm run cloudbaserc` writes it; tests/unit/project.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployedFunctions, type TimerTrigger } from '../config/functions';
import { root } from './functions';

export const RUNTIME = 'Nodejs18.15';

export function cloudbaserc() {
  return {
    version: '2.0',
    envId: '{{env.ENV_ID}}',
    functionRoot: './dist/cloudfunctions',
    functions: Object.entries(deployedFunctions).map(([name, f]) => ({
      name,
      runtime: RUNTIME,
      timeout: f.timeout,
      memorySize: f.memorySize,
      installDependency: true,
      handler: 'index.main',
      ...('triggers' in f ? { triggers: (f.triggers as readonly TimerTrigger[]).map((t) => ({ name: t.name, type: 'timer', config: t.config })) } : {}),
    })),
  };
}

export function cloudbasercText(): string {
  return `${JSON.stringify(cloudbaserc(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(join(root, 'cloudbaserc.json'), cloudbasercText());
  console.log('cloudbaserc.json written from config/functions.ts');
}
