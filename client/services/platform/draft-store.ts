import Taro from '@tarojs/taro';
import { createDraftStore } from '../forms/choice-draft';

/** The choice form's draft in the phone's own storage (WeChat's, or the browser's in H5). */
export const draftStore = createDraftStore({
  get: (key) => Taro.getStorageSync(key),
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
});
