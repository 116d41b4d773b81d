import tcb from '@cloudbase/node-sdk';
import type { DatabaseSchema } from '../../config/database';
import { databaseSchema } from '../../config/database';
import { startEmulator, type Emulator } from '../../emulator/server';

export type CloudbaseApp = ReturnType<typeof tcb.init>;
export type Db = ReturnType<CloudbaseApp['database']>;

/** A fresh in-memory emulator and an SDK app pointed at it through the public `serviceUrl` option. */
export async function emulatorWithSdk(extraSchema: DatabaseSchema = {}, options: { clock?: () => number } = {}) {
  const emulator: Emulator = await startEmulator({ dbFile: ':memory:', schema: { ...databaseSchema, ...extraSchema }, clock: options.clock });
  process.env.TENCENTCLOUD = 'true';
  const app = tcb.init({ env: 'local', secretId: 'local-id', secretKey: 'local-key', serviceUrl: emulator.adminUrl });
  return { emulator, app, db: app.database() };
}

/**
 * For a contract test file: a fresh emulator and SDK for each test, closed after it. Read
 * `sdk.db`, `sdk.app` and `sdk.emulator` inside tests.
 */
export function sdkPerTest(extraSchema: DatabaseSchema = {}, options: { clock?: () => number } = {}) {
  const sdk = {} as Awaited<ReturnType<typeof emulatorWithSdk>>;
  beforeEach(async () => {
    Object.assign(sdk, await emulatorWithSdk(extraSchema, options));
  });
  afterEach(() => sdk.emulator.close());
  return sdk;
}

/** A raw request to the emulator's SDK endpoint, for what the SDK itself never sends. */
export async function postAdmin(adminUrl: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${adminUrl}?env=local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
}

/** The SDK types runTransaction's callback as `any`; this is what it really receives. */
export type Transaction = import('@cloudbase/database/dist/commonjs/transaction/index').Transaction;
