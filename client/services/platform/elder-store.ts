import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { createElderMode, elderFromQuery, prefersLargeText, type FontSizeInfo } from './elder-mode';
import { phoneStorage } from './phone-storage';

/** The phone's own font setting: WeChat reports it; a browser does not, unless the link asks (`?elder=1`). */
function phoneWantsLargeText(): boolean {
  // An if/else on the build's platform, so the H5 build drops the WeChat branch and with it Taro's
  // H5 system-info API (a user-agent parser of some 40 KB) that only that branch names.
  if (process.env.TARO_ENV === 'h5') {
    return elderFromQuery(window.location.search) ?? false;
  } else {
    try {
      // getAppBaseInfo (base library 2.20.1+) replaces getSystemInfoSync; Taro's types omit its font fields.
      const info = (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()) as FontSizeInfo;
      return prefersLargeText(info);
    } catch {
      return false;
    }
  }
}

export const elderMode = createElderMode(phoneStorage, phoneWantsLargeText);

/** Whether elder mode is on, kept current on every page when it is flipped on any page. */
export function useElderMode(): boolean {
  const [on, setOn] = useState(elderMode.isOn);
  useEffect(() => {
    setOn(elderMode.isOn());
    return elderMode.subscribe(setOn);
  }, []);
  return on;
}
