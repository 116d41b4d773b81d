import Taro from '@tarojs/taro';
import type { FunctionInput, FunctionName, FunctionOutput } from '../../shared/api';
import type { Result } from '../../shared/result';
import { answerOf } from './envelope';

/** Sends the request to the platform and answers whatever the function answered. */
async function transport(name: FunctionName, data: unknown): Promise<unknown> {
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.cloud.callFunction({ name, data: data as TaroGeneral.IAnyObject });
    return res.result;
  }
  // H5 (local mode): the emulator invokes the same function in-process, with our session's identity.
  const res = await Taro.request({ url: `/functions/${name}`, method: 'POST', data: data as TaroGeneral.IAnyObject, header: { 'content-type': 'application/json' } });
  return res.data;
}

/**
 * The one place the client calls cloud functions. The function has already parsed `data` with its
 * output schema; checking only the envelope here keeps every schema out of the main package.
 */
export function callFunction<N extends FunctionName>(name: N, input: FunctionInput<N>): Promise<Result<FunctionOutput<N>>> {
  return answerOf<FunctionOutput<N>>(() => transport(name, input));
}
