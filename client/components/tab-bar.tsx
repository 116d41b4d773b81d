import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { tabPagePath, tabs, type TabKey } from '../tabs';
import { buttonProps } from './tappable';

/**
 * H5 only: the tab bar under the four tab pages (WeChat draws its own from app.config.ts). It is
 * part of each tab page, so it is drawn with the page and hidden with it; its styles
 * (services/platform/h5-tab-bar.scss, loaded in H5 only) keep the page's scrolling box above it.
 */
export function TabBar({ current }: { current: TabKey }) {
  return (
    <View className="tab-bar" role="navigation" ariaLabel="主要栏目">
      {tabs.map(({ key, text }) => {
        const open = () => {
          if (key !== current) void Taro.switchTab({ url: `/${tabPagePath(key)}` });
        };
        return (
          <View
            key={key}
            className={`tab-bar-item tab-bar-item--${key} ${key === current ? 'tab-bar-item--current' : ''}`}
            onClick={open}
            {...buttonProps(text, open)}
            {...(key === current ? { 'aria-current': 'page' } : {})}
          >
            <View className="tab-bar-icon" />
            <Text className="tab-bar-label">{text}</Text>
          </View>
        );
      })}
    </View>
  );
}
