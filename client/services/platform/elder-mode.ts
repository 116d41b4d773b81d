import type { PhoneStorage } from './phone-storage';

/**
 * 大字模式 (elder mode): bigger type, bigger touch targets and darker text for a parent or
 * grandparent reading on their own phone. The person's own choice, once made, is kept on the phone
 * and always wins; until then the phone's own font-size setting decides.
 */
const KEY = 'elder-mode';

/** What WeChat reports about its font size (`getAppBaseInfo`, or `getSystemInfoSync` on older bases). */
export interface FontSizeInfo {
  /** WeChat's font size in px (16 at the standard setting) */
  fontSizeSetting?: number;
  /** WeChat's font scale (1 at the standard setting) */
  fontSizeScaleFactor?: number;
}

/**
 * Whether the phone is already set to large text. WeChat's standard setting reports 16–17 px and a
 * scale of 1; a person who chose any larger step is treated as wanting large text. H5 browsers
 * report nothing (NaN), which counts as not large.
 */
export function prefersLargeText(info: FontSizeInfo | null | undefined): boolean {
  if (!info) return false;
  const scale = Number(info.fontSizeScaleFactor);
  if (Number.isFinite(scale) && scale >= 1.15) return true;
  const size = Number(info.fontSizeSetting);
  return Number.isFinite(size) && size >= 18;
}

/** `?elder=1` (or `elder=0`) in a shared H5 link turns elder mode on (off) for a phone that never chose. */
export function elderFromQuery(search: string): boolean | undefined {
  const value = new URLSearchParams(search).get('elder');
  if (value === '1' || value === 'on') return true;
  if (value === '0' || value === 'off') return false;
  return undefined;
}

export interface ElderMode {
  isOn(): boolean;
  /** whether the person chose it themselves (else it follows the phone's setting) */
  isExplicit(): boolean;
  set(on: boolean): void;
  subscribe(listener: (on: boolean) => void): () => void;
}

/** One switch for every page of the app: pages subscribe, so flipping it redraws them all. */
export function createElderMode(storage: PhoneStorage, phoneDefault: () => boolean): ElderMode {
  const listeners = new Set<(on: boolean) => void>();
  const stored = () => {
    const value = storage.get(KEY);
    return value === 'on' || value === 'off' ? value : null;
  };
  let fallback: boolean | undefined;
  const isOn = () => {
    const choice = stored();
    if (choice) return choice === 'on';
    // Asked once: the phone's setting does not change while the app runs in any way we could see.
    fallback ??= phoneDefault();
    return fallback;
  };
  return {
    isOn,
    isExplicit: () => stored() !== null,
    set(on) {
      storage.set(KEY, on ? 'on' : 'off');
      listeners.forEach((l) => l(on));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
