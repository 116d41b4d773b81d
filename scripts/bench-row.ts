/** One line of `npm run bench`'s table: what was measured, its figures, the target and the verdict. */
export interface BenchRow {
  measure: string;
  median: string;
  p99: string;
  target: string;
  verdict: string;
}
