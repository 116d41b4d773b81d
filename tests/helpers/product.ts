import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningProduct {
  url: string;
  stop(): Promise<void>;
}

const root = join(__dirname, '..', '..');

/**
 * Starts the product exactly as `npm start` serves it (emulator/main.ts over the built H5 app and
 * functions), on a free port with a fresh database of the plain demo data, and waits for it to
 * print its URL.
 */
export async function startProduct(env: Record<string, string> = {}, keptDataDir?: string): Promise<RunningProduct> {
  // a kept data folder outlives this run: the next start (a later server clock) finds the same database
  const dataDir = keptDataDir ?? mkdtempSync(join(tmpdir(), 'zz-journey-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'emulator', 'main.ts')], {
    cwd: root,
    // journeys start from the plain demo data (not the season under way npm start adds), unless told
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, FUNCTION_LOG: 'off', DEMO_ACTIVITY: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`product did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`product exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        // a product that already stopped (it crashed, or was killed from outside) has nothing to wait for
        if (child.exitCode !== null || child.signalCode !== null) {
          if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
          return resolve();
        }
        child.once('exit', () => {
          if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
