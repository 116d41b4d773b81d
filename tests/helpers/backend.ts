import { functionContext } from '../../emulator/functions';
import { seedIfEmpty } from '../../emulator/seed';
import { startEmulator, type Emulator } from '../../emulator/server';
import { personaByKey } from '../../emulator/personas';

/**
 * The local backend for function-level tests: a fresh in-memory emulator with the demo data, and
 * this process's SDK pointed at it, so the functions' own unmodified code talks to it.
 */
export async function localBackend(options: { seed?: boolean } = {}): Promise<Emulator> {
  const emulator = await startEmulator({ dbFile: ':memory:', configureSdk: true });
  if (options.seed ?? true) seedIfEmpty(emulator.store);
  return emulator;
}

type Main = (event: unknown, context: unknown) => Promise<unknown>;

/** Invokes a function's `main` as CloudBase would, with the caller's OPENID in the context. */
export function invoke<M extends Main>(main: M, event: unknown, openid: string): ReturnType<M> {
  return main(event, functionContext('test', { openid })) as ReturnType<M>;
}

export function openidOf(personaKey: string): string {
  const persona = personaByKey(personaKey);
  if (!persona) throw new Error(`no persona ${personaKey}`);
  return persona.openid;
}
