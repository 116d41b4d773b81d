import type { Result } from '../../shared/result';
import { invoke } from './backend';

type Main = (event: unknown, context: unknown) => Promise<Result<unknown>>;

/** Invokes and insists on success, so a test reads as the journey it checks. */
export async function expectOk<M extends Main>(main: M, event: unknown, openid: string): Promise<Extract<Awaited<ReturnType<M>>, { ok: true }>['data']> {
  const result = await invoke(main, event, openid);
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.data as Extract<Awaited<ReturnType<M>>, { ok: true }>['data'];
}
