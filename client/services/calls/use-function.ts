import { startTransition, useCallback, useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { FunctionInput, FunctionName, FunctionOutput } from '../../../shared/api';
import type { AppError } from '../../../shared/result';
import { callFunction } from './cloud';

export interface FunctionState<T> {
  data: T | null;
  error: AppError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Calls a function when the page opens (or, with `reloadOnShow`, every time it comes back into
 * view, e.g. a queue after a decision) and on reload; pages render its three states.
 */
export function useFunction<N extends FunctionName>(
  name: N,
  input: FunctionInput<N>,
  options: { reloadOnShow?: boolean } = {},
): FunctionState<FunctionOutput<N>> {
  const [state, setState] = useState<Omit<FunctionState<FunctionOutput<N>>, 'reload'>>({ data: null, error: null, loading: true });
  const key = JSON.stringify(input);
  const load = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    void callFunction(name, JSON.parse(key) as FunctionInput<N>).then((result) =>
      // A transition: React may build the answer's page in slices and answer a tap in between,
      // instead of holding a slow phone's main thread for the whole page at once (issue 25).
      startTransition(() => setState(result.ok ? { data: result.data, error: null, loading: false } : { data: null, error: result.error, loading: false })),
    );
  }, [name, key]);
  const onShow = options.reloadOnShow ?? false;
  useEffect(() => {
    if (!onShow) load();
  }, [load, onShow]);
  useDidShow(() => {
    if (onShow) load();
  });
  return { ...state, reload: load };
}
