import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { AppError } from '../../shared/result';
import { EmptyState } from './empty-state';
import { Button, Skeleton } from './ui';
import { readable } from '../services/calls/readable';

interface Props<T> {
  data: T | null;
  error: AppError | null;
  loading: boolean;
  reload: () => void;
  children: (data: T) => ReactNode;
}

/**
 * A list's place while its first page is on its way (issue 25: the leads list opened blank for two
 * seconds, which reads as “no leads”), said to a screen reader too.
 */
export function ListLoading() {
  return (
    <View {...{ role: 'status' }}>
      <Text className="muted">正在读取…</Text>
      <Skeleton rows={4} animated />
    </View>
  );
}

/** Loading, error (with the server's Chinese message and a retry) or the content. */
export function LoadState<T>({ data, error, reload, children }: Props<T>) {
  if (data) return <>{children(data)}</>;
  if (error) {
    return (
      <View className="load-error">
        <EmptyState kind="error" title="加载失败" description={readable(error.message)} />
        <Button type="primary" block onClick={reload}>
          重新加载
        </Button>
      </View>
    );
  }
  return <Skeleton rows={6} animated />;
}
