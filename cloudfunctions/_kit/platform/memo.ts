/**
 * Keeps a slow-changing answer for a while in the function instance (CloudBase reuses warm
 * instances), so a call does not read it from the database every time. `forget()` drops it at once.
 */
export function memo<T>(ttlMs: number, load: () => Promise<T>): (() => Promise<T>) & { forget(): void } {
  let cached: { at: number; value: Promise<T> } | undefined;
  const get = () => {
    const t = Date.now();
    if (!cached || t - cached.at > ttlMs) {
      const value = load();
      cached = { at: t, value };
      value.catch(() => {
        cached = undefined;
      });
    }
    return cached.value;
  };
  return Object.assign(get, {
    forget() {
      cached = undefined;
    },
  });
}
