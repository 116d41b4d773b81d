import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { createElderMode, elderFromQuery, prefersLargeText, type FontSizeInfo } from './elder-mode';

/** The phone's own font setting: WeChat reports it; a browser does not, unless the link asks (`?elder=1`). */
function phoneWantsLargeText(): boolean {
  if (process.env.TARO_ENV === 'h5') return elderFromQuery(window.location.search) ?? false;
  try {
    // getAppBaseInfo (base library 2.20.1+) replaces getSystemInfoSync; Taro's types omit its font fields.
    const info = (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()) as FontSizeInfo;
    return prefersLargeText(info);
  } catch {
    return false;
  }
}

export const elderMode = createElderMode(
  {
    get: (key) => Taro.getStorageSync(key),
    set: (key, value) => Taro.setStorageSync(key, value),
    remove: (key) => Taro.removeStorageSync(key),
  },
  phoneWantsLargeText,
);

/** Whether elder mode is on, kept current on every page when it is flipped on any page. */
export function useElderMode(): boolean {
  const [on, setOn] = useState(elderMode.isOn);
  useEffect(() => {
    setOn(elderMode.isOn());
    return elderMode.subscribe(setOn);
  }, []);
  return on;
}
