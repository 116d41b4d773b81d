import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { useElderMode } from '../services/platform/elder-store';
import type { TabKey } from '../tabs';
import { TabBar } from './tab-bar';

/**
 * The root of every family-facing page. In WeChat each page is its own tree with no shared parent
 * element, so elder mode cannot be one class on <body>: each page's root carries it, and the
 * shared stylesheet (app.scss) turns that class into larger type, touch targets and contrast
 * through CSS variables every stylesheet reads. A tab page names its tab: in H5 the root draws the
 * tab bar under it (WeChat draws its own), in elder mode too.
 */
export function PageRoot({ className = '', tab, children }: PropsWithChildren<{ className?: string; tab?: TabKey }>) {
  const elder = useElderMode();
  return (
    <View className={`page page-root ${elder ? 'elder' : ''} ${className}`}>
      {children}
      {process.env.TARO_ENV === 'h5' && tab && <TabBar current={tab} />}
    </View>
  );
}
