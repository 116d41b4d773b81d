import { forgetCity } from '../../cloudfunctions/domains/city/city';
import { forgetLetters } from '../../cloudfunctions/domains/season/letter';
import { forgetSeasons } from '../../cloudfunctions/domains/season/season';
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
  // a new database: the functions' kept copies of the seasons, the published texts and the city belong to the one before
  forgetSeasons();
  forgetLetters();
  forgetCity();
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

/** A moment inside the demo season's choice window (Shanghai time). */
export const IN_CHOICE_WINDOW = '2027-04-15T10:00:00+08:00';

/**
 * For a test file: a fresh backend with the demo data before each test, with the server's clock at
 * `at` (inside the choice window unless told). Read `backend.emulator` inside tests.
 */
export function freshBackendPerTest(at = IN_CHOICE_WINDOW): { emulator: Emulator } {
  const backend = {} as { emulator: Emulator };
  beforeEach(async () => {
    process.env.LOCAL_EMULATOR_NOW = at;
    backend.emulator = await localBackend();
  });
  afterEach(() => backend.emulator.close());
  afterAll(() => {
    delete process.env.LOCAL_EMULATOR_NOW;
  });
  return backend;
}
