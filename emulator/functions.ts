import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { functionOf, type ActionName } from '../config/functions';
import { LOCAL_ENV_ID } from '../config/local';

/** What a CloudBase function module exports. */
type Main = (event: unknown, context: unknown) => Promise<unknown>;

export interface Identity {
  openid: string;
  appid?: string;
  unionid?: string;
}

const LOCAL_APPID = 'wx-local-demo';

/**
 * The function context CloudBase hands to `main(event, context)`: identity travels in
 * `context.environment`, so concurrent invocations in one process each see their own caller.
 */
export function functionContext(name: string, identity: Identity) {
  return {
    function_name: name,
    request_id: `${Date.now()}-${Math.random().toString(16).slice(2)}`,
    environment: JSON.stringify({
      TCB_ENV: LOCAL_ENV_ID,
      SCF_NAMESPACE: LOCAL_ENV_ID,
      WX_OPENID: identity.openid,
      WX_APPID: identity.appid ?? LOCAL_APPID,
      WX_UNIONID: identity.unionid ?? '',
      TCB_UUID: '',
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID',
    }),
  };
}

/** Points the unmodified SDK (`tcb.init({ env: SYMBOL_CURRENT_ENV })`) of this process at the emulator. */
export function pointSdkAt(adminUrl: string): void {
  process.env.TCB_ENV = LOCAL_ENV_ID;
  process.env.SCF_NAMESPACE = LOCAL_ENV_ID;
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: adminUrl });
  // Without it the SDK first probes Tencent's metadata host on every request.
  process.env.TENCENTCLOUD = 'true';
  // Dummy credentials: without any, a request succeeds but an unhandled rejection kills the process.
  process.env.TENCENTCLOUD_SECRETID ??= 'local-secret-id';
  process.env.TENCENTCLOUD_SECRETKEY ??= 'local-secret-key';
}

/**
 * Invokes the bundled functions in `dist/cloudfunctions/<function>/index.js` in-process. A call may
 * name a deployed function with `{ action, input }`, as CloudBase receives it, or — the H5 client's
 * `/functions/<action>` and the demo seed — an action alone, routed to the function that serves it
 * (config/functions.ts) exactly as that call would reach it.
 */
export class FunctionRunner {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  names(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(this.dir, e.name, 'index.js')))
      .map((e) => e.name);
  }

  /** The deployed function a name reaches, and the event it receives. */
  private route(name: string, event: unknown): { unit: string; event: unknown } {
    if (Object.hasOwn(functionOf, name)) return { unit: functionOf[name as ActionName], event: { action: name, input: event ?? {} } };
    return { unit: name, event };
  }

  has(name: string): boolean {
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) return false;
    return existsSync(join(this.dir, this.route(name, {}).unit, 'index.js'));
  }

  private readonly loadedAt = new Map<string, number>();

  /** Loads the bundle, again after it was rebuilt (`npm run dev` rebuilds on every edit). */
  private load(name: string): { main?: Main } {
    const file = join(this.dir, name, 'index.js');
    const mtime = statSync(file).mtimeMs;
    if (this.loadedAt.get(file) !== mtime) {
      delete require.cache[require.resolve(file)];
      this.loadedAt.set(file, mtime);
    }
    return require(file) as { main?: Main };
  }

  async invoke(name: string, event: unknown, identity: Identity): Promise<unknown> {
    const routed = this.route(name, event);
    const mod = this.load(routed.unit);
    if (typeof mod.main !== 'function') throw new Error(`function ${routed.unit} exports no main`);
    return mod.main(routed.event, functionContext(routed.unit, identity));
  }
}
