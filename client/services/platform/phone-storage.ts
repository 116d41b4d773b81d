/**
 * The phone's key-value storage — WeChat's, or the browser's in H5 — through Taro, in one place:
 * the choice form's draft, the 大字模式 choice and the poster attribution keep their state in it.
 * The modules that use it take the interface, so their tests give them a storage in memory.
 */
import Taro from '@tarojs/taro';

/** The phone's key-value storage (WeChat's and the browser's alike answer '' for a missing key). */
export interface PhoneStorage {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

export const phoneStorage: PhoneStorage = {
  get: (key) => Taro.getStorageSync(key),
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
};
