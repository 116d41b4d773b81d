import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningProduct {
  url: string;
  stop(): Promise<void>;
  /** the last of what it printed (e.g. the setup code an empty environment prints) */
  output(): string;
}

const root = join(__dirname, '..', '..');

/** Every product this test process started and that has not exited yet, started or still starting. */
const alive = new Map<ChildProcess, { output: () => string; started: boolean }>();

/** A product asked to stop that has not exited after this long is killed (it hangs; it cannot fail a test). */
const KILL_AFTER_MS = 10_000;

/** Stops a product's process and waits for it to exit: SIGTERM, then SIGKILL if it does not. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the product exactly as `npm start` serves it (emulator/main.ts over the built H5 app and
 * functions), on a free port with a fresh database of the plain demo data, and waits for it to
 * print its URL — for as long as it takes: the caller's hook budget decides when a start is a hang,
 * and `stopAllProducts` then stops the process that was still starting.
 */
export async function startProduct(env: Record<string, string> = {}, keptDataDir?: string): Promise<RunningProduct> {
  // a kept data folder outlives this run: the next start (a later server clock) finds the same database
  const dataDir = keptDataDir ?? mkdtempSync(join(tmpdir(), 'zz-journey-'));
  const removeData = () => {
    if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'emulator', 'main.ts')], {
    cwd: root,
    // journeys start from the plain demo data (not the season under way npm start adds), unless told
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, FUNCTION_LOG: 'off', DEMO_ACTIVITY: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // what it printed (the tail, for a crash's message); its pipes are read to the end so it never blocks writing
  let output = '';
  const entry = { output: () => output, started: false };
  alive.set(child, entry);
  child.once('exit', () => {
    alive.delete(child);
    removeData();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      const match = entry.started ? null : /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) {
        entry.started = true;
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`product exited (${code ?? signal}) before it served:\n${output}`)));
  });
  return { url, stop: () => stopProcess(child), output: () => output };
}

/**
 * Stops every product this process started that is still running, including one whose start a
 * timed-out hook or test gave up waiting for (left running, it would keep the jest worker alive:
 * "A worker process has failed to exit gracefully"). Tells what a product that never served printed.
 */
export async function stopAllProducts(): Promise<void> {
  const left = [...alive.entries()];
  for (const [, { output, started }] of left) {
    if (!started) console.error(`a product was still starting when the journey ended; it printed:\n${output() || '(nothing)'}`);
  }
  await Promise.all(left.map(([child]) => stopProcess(child)));
}
