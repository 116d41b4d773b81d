import { LOCAL_ENV_ID } from '../../../config/local';

/**
 * The server's clock decides every deadline (R9). Only in the local emulator environment may
 * LOCAL_EMULATOR_NOW move it, so demos and tests can stand inside or outside a window.
 */
export function now(): Date {
  const override = process.env.LOCAL_EMULATOR_NOW;
  if (override && process.env.TCB_ENV === LOCAL_ENV_ID) return new Date(override);
  return new Date();
}
