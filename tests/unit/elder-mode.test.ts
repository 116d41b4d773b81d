import type { PhoneStorage } from '../../client/services/platform/phone-storage';
import { createElderMode, elderFromQuery, prefersLargeText } from '../../client/services/platform/elder-mode';

/** 大字模式: on by default when the phone is set to large text; the person's own choice always wins and is kept. */
function memoryStorage(): PhoneStorage {
  const values = new Map<string, unknown>();
  return { get: (key) => values.get(key) ?? '', set: (key, value) => void values.set(key, value), remove: (key) => void values.delete(key) };
}

test('the phone’s font setting: WeChat’s standard is not large, any larger step is; a browser reports nothing', () => {
  expect(prefersLargeText({ fontSizeSetting: 16, fontSizeScaleFactor: 1 })).toBe(false);
  expect(prefersLargeText({ fontSizeSetting: 17 })).toBe(false);
  expect(prefersLargeText({ fontSizeSetting: 20 })).toBe(true);
  expect(prefersLargeText({ fontSizeScaleFactor: 1.3 })).toBe(true);
  expect(prefersLargeText({ fontSizeSetting: Number.NaN })).toBe(false);
  expect(prefersLargeText(undefined)).toBe(false);
});

test('a link can ask for it in H5', () => {
  expect(elderFromQuery('?elder=1')).toBe(true);
  expect(elderFromQuery('?from=letter&elder=off')).toBe(false);
  expect(elderFromQuery('')).toBeUndefined();
});

test('it follows the phone until the person flips it; then their choice is kept across restarts and tells every page', () => {
  const storage = memoryStorage();
  const mode = createElderMode(storage, () => true);
  expect(mode.isOn()).toBe(true);
  expect(mode.isExplicit()).toBe(false);
  const heard: boolean[] = [];
  const stop = mode.subscribe((on) => heard.push(on));
  mode.set(false);
  expect(mode.isOn()).toBe(false);
  expect(mode.isExplicit()).toBe(true);
  // the app restarts on the same phone: the choice, not the phone's setting
  expect(createElderMode(storage, () => true).isOn()).toBe(false);
  stop();
  mode.set(true);
  expect(heard).toEqual([false]);
  expect(createElderMode(storage, () => false).isOn()).toBe(true);
  // a phone that never chose and is not set large: off
  expect(createElderMode(memoryStorage(), () => false).isOn()).toBe(false);
});
