import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { useElderMode } from '../services/platform/elder-store';

/**
 * The root of every family-facing page. In WeChat each page is its own tree with no shared parent
 * element, so elder mode cannot be one class on <body>: each page's root carries it, and the
 * shared stylesheet (app.scss) turns that class into larger type, touch targets and contrast
 * through CSS variables every stylesheet reads.
 */
export function PageRoot({ className = '', children }: PropsWithChildren<{ className?: string }>) {
  const elder = useElderMode();
  return <View className={`page page-root ${elder ? 'elder' : ''} ${className}`}>{children}</View>;
}
