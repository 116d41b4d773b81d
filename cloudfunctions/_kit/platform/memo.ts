/**
 * Keeps a slow-changing answer for a while in the function instance (CloudBase reuses warm
 * instances), so a list page does not recompute its filter options on every call.
 */
export function memo<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let cached: { at: number; value: Promise<T> } | undefined;
  return () => {
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
}
