/** One line of `npm run bench`'s table: what was measured, its figures, the target and the verdict. */
export interface BenchRow {
  measure: string;
  median: string;
  p99: string;
  target: string;
  verdict: string;
}

/**
 * The nearest-rank percentile of ascending samples: the smallest sample with at least p % of the
 * samples at or below it (of 100 samples the p99 is the 99th, not the largest).
 */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((sorted.length * p) / 100) - 1)] ?? Number.NaN;
}

/** Runs `run` 20 times to warm up, then `rounds` times one after another; the median and p99 in ms. */
export async function time(rounds: number, run: (i: number) => Promise<unknown>): Promise<{ median: number; p99: number }> {
  for (let i = 0; i < 20; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    await run(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p99: percentile(samples, 99) };
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

/** A timed row; with a target, the median is held to it (`p99Too`: the p99 as well). */
export function timed(measure: string, t: { median: number; p99: number }, targetMs?: number, p99Too = false): BenchRow {
  const met = targetMs !== undefined && t.median <= targetMs && (!p99Too || t.p99 <= targetMs);
  return {
    measure,
    median: ms(t.median),
    p99: ms(t.p99),
    target: targetMs === undefined ? '—' : p99Too ? `median and p99 ≤ ${targetMs} ms` : `median ≤ ${targetMs} ms`,
    verdict: targetMs === undefined ? '' : met ? 'ok' : 'OVER',
  };
}

/** Runs `rounds` waves of `width` calls at once and times each call, in ms. */
export async function concurrently(rounds: number, run: (i: number) => Promise<unknown>, width = 50): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await Promise.all(
      Array.from({ length: width }, async (_v, j) => {
        const start = process.hrtime.bigint();
        await run(round * width + j);
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      }),
    );
  }
  return samples;
}
