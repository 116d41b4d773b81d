import tcb from '@cloudbase/node-sdk';
import type { DatabaseSchema } from '../../config/database';
import { databaseSchema } from '../../config/database';
import { startEmulator, type Emulator } from '../../emulator/server';

export type CloudbaseApp = ReturnType<typeof tcb.init>;

/** A fresh in-memory emulator and an SDK app pointed at it through the public `serviceUrl` option. */
export async function emulatorWithSdk(extraSchema: DatabaseSchema = {}, options: { clock?: () => number } = {}) {
  const emulator: Emulator = await startEmulator({ dbFile: ':memory:', schema: { ...databaseSchema, ...extraSchema }, clock: options.clock });
  process.env.TENCENTCLOUD = 'true';
  const app = tcb.init({ env: 'local', secretId: 'local-id', secretKey: 'local-key', serviceUrl: emulator.adminUrl });
  return { emulator, app, db: app.database() };
}
