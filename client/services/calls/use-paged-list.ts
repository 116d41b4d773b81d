import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { FunctionInput, FunctionName, FunctionOutput } from '../../../shared/api';
import { callFunction } from './cloud';
import { tellFailure } from './feedback';

interface Page<Item> {
  items: Item[];
  total: number;
  page: number;
}

/** The functions that answer one page of a filtered list. */
type PagedName = {
  [N in FunctionName]: FunctionOutput<N> extends Page<{ id: string }> ? ('page' extends keyof FunctionInput<N> ? N : never) : never;
}[FunctionName];
type ItemOf<N extends PagedName> = FunctionOutput<N>['items'][number];

/**
 * A staff list page's pages: the first page loads when the page opens, when it comes back into
 * view and whenever the filter changes; "load more" appends the next. On a slow network an answer
 * to an earlier filter can arrive after a later one's: only the latest request's answer is shown.
 */
export function usePagedList<N extends PagedName>(name: N, filter: Omit<FunctionInput<N>, 'page'>) {
  const [pages, setPages] = useState<Array<FunctionOutput<N>>>([]);
  const latest = useRef(0);
  const key = JSON.stringify(filter);

  const load = useCallback(
    async (page: number) => {
      const request = ++latest.current;
      const result = await callFunction(name, { ...(JSON.parse(key) as object), page } as FunctionInput<N>);
      if (request !== latest.current) return;
      if (!result.ok) return tellFailure('加载失败', result.error);
      setPages((before) => (page === 1 ? [result.data] : [...before, result.data]));
    },
    [name, key],
  );
  useEffect(() => void load(1), [load]);
  useDidShow(() => void load(1));

  const last = pages[pages.length - 1] as FunctionOutput<N> | undefined;
  const items: Array<ItemOf<N>> = pages.flatMap((p) => p.items as Array<ItemOf<N>>);
  const more = Boolean(last && items.length < last.total);
  return {
    last,
    items,
    more,
    reload: () => void load(1),
    loadMore: () => {
      if (last) void load(last.page + 1);
    },
    /** An answered item shows its new state in place; the list is not reloaded under the thumb. */
    replace: (next: ItemOf<N>) =>
      setPages((before) => before.map((p) => ({ ...p, items: (p.items as Array<ItemOf<N>>).map((item) => (item.id === next.id ? next : item)) }))),
  };
}
