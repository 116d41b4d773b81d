/**
 * The emulator's clock, set from outside the functions: the demo's activity and the benches walk a
 * season by standing the server's clock (LOCAL_EMULATOR_NOW, read by cloudfunctions/_kit/platform/clock.ts)
 * at each moment in turn.
 */

/** Runs `work` with the server's clock at `moment` (Shanghai), then puts the clock back. */
export async function atServerTime<T>(moment: string, work: () => Promise<T>): Promise<T> {
  const before = process.env.LOCAL_EMULATOR_NOW;
  process.env.LOCAL_EMULATOR_NOW = moment;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.LOCAL_EMULATOR_NOW;
    else process.env.LOCAL_EMULATOR_NOW = before;
  }
}
