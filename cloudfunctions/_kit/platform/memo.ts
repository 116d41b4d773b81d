/**
 * Keeps a slow-changing answer for a while in the function instance (CloudBase reuses warm
 * instances), so a call does not read it from the database every time. `forget()` drops it at once.
 *
 * `readAgainIf`: an answer that says there is nothing yet (no season, no city set) is not kept — the
 * next call reads again — so what the bureau sets first in a new city (R27) is seen at once in
 * every instance, not a minute later. There is nothing to save then: a city with nothing set has no
 * traffic to speak of.
 */
export function memo<T>(ttlMs: number, load: () => Promise<T>, options: { readAgainIf?: (value: T) => boolean } = {}): (() => Promise<T>) & { forget(): void } {
  let cached: { at: number; value: Promise<T>; stale: boolean } | undefined;
  const get = () => {
    const t = Date.now();
    if (!cached || cached.stale || t - cached.at > ttlMs) {
      const value = load();
      const entry = { at: t, value, stale: false };
      cached = entry;
      value.then(
        (v) => {
          if (options.readAgainIf?.(v)) entry.stale = true;
        },
        () => {
          if (cached === entry) cached = undefined;
        },
      );
    }
    return cached.value;
  };
  return Object.assign(get, {
    forget() {
      cached = undefined;
    },
  });
}
