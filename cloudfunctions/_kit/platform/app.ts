import tcb from '@cloudbase/node-sdk';

/**
 * Exactly as deployed on CloudBase: the environment is the one the function runs in. Locally the
 * emulator points the same call at itself through the SDK's environment (see emulator/functions.ts).
 */
export const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
export const db = app.database();
export const _ = db.command;

export type Database = typeof db;
