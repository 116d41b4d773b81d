import Taro from '@tarojs/taro';
import type { FunctionInput, FunctionName, FunctionOutput } from '../../../shared/api';
import { functionOf } from '../../../config/functions';
import type { Result } from '../../../shared/result-core';
import { answerOf } from './envelope';

/** Taro.request's own limit, kept for the H5 calls that no longer go through it. */
const H5_TIMEOUT_MS = 60_000;

/**
 * H5: POST /functions/<name> with the browser's own fetch. Taro.request would do the same through
 * fetch, AbortController and JSONP polyfills (about 15 KB of script every page would load first);
 * the browsers H5 serves have all three. An answer that is not JSON reads as null (INTERNAL), as
 * Taro.request's did.
 */
async function post(name: FunctionName, body: string): Promise<unknown> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = controller ? setTimeout(() => controller.abort(), H5_TIMEOUT_MS) : undefined;
  try {
    const res = await fetch(`/functions/${name}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body,
      signal: controller?.signal,
    });
    return await res.json().catch(() => null);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The page's first call as client/index.html started it, while the scripts were still
 * downloading (H5). Only the first call of a page load may take it, and only if it is the very
 * same call: anything later must see fresh data. If that early request failed, the call is made
 * again now.
 */
function takeFirstCall(name: FunctionName, body: string): Promise<unknown> | undefined {
  const first = window.__firstCall;
  if (!first) return undefined;
  window.__firstCall = undefined;
  if (first.name !== name || first.body !== body) return undefined;
  return first.answer.catch(() => post(name, body));
}

/**
 * WeChat: the deployed function that serves the action (config/functions.ts), through the
 * mini-program's own CloudBase client, naming the action and its input.
 */
async function weappTransport(name: FunctionName, data: unknown): Promise<unknown> {
  const res = await Taro.cloud.callFunction({ name: functionOf[name], data: { action: name, input: data ?? {} } });
  return res.result;
}

/**
 * H5 (local mode): POST /functions/<action>; the emulator invokes the deployed function that serves
 * it, in-process, exactly as CloudBase would (`{ action, input }`), with our session's identity.
 */
function h5Transport(name: FunctionName, data: unknown): Promise<unknown> {
  const body = JSON.stringify(data ?? {});
  return takeFirstCall(name, body) ?? post(name, body);
}

/**
 * Sends the request to the platform and answers whatever the function answered. Chosen by the
 * build's platform as one expression, so each build keeps only its own transport.
 */
const transport = process.env.TARO_ENV === 'weapp' ? weappTransport : h5Transport;

/**
 * The one place the client calls cloud functions. The function has already parsed `data` with its
 * output schema; checking only the envelope here keeps every schema out of the main package.
 */
export function callFunction<N extends FunctionName>(name: N, input: FunctionInput<N>): Promise<Result<FunctionOutput<N>>> {
  return answerOf<FunctionOutput<N>>(() => transport(name, input));
}
