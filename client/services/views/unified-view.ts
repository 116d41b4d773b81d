import type { UnifiedCommitProgress, UnifiedRoundView } from '../../../shared/api/unified-admission';

/**
 * The bureau's commit of a round in words. A city's round takes several calls (each goes on where
 * the last stopped); the page makes at most this many before leaving the rest to the every-minute
 * timer, which finishes it without the page.
 */
export const MAX_COMMIT_CALLS = 20;

export function commitLine(p: UnifiedCommitProgress): string {
  // each void by its real reason: 其中 2 人未录取（志愿表在计算后已撤回 1 人、已在原录取的学校报到 1 人）
  const reasons = p.voided.map((v) => `${v.label} ${v.count} 人`).join('、');
  const voided = p.void ? `，其中 ${p.void} 人未录取${reasons ? `（${reasons}）` : ''}` : '';
  if (p.status === 'committed') return `第${p.round}轮已确认：${p.offers} 名学生的录取全部完成${voided}。`;
  return `第${p.round}轮确认中：已完成 ${p.applied} / ${p.offers}${voided}。关闭本页后系统会在后台继续完成。`;
}

/** The round the bureau's button works on: the latest while it is unfinished, else the one after it. */
export function nextRoundOf(view: Pick<UnifiedRoundView, 'round'>): number {
  if (!view.round) return 1;
  return view.round.status === 'committed' ? view.round.round + 1 : view.round.round;
}

/** Who runs the rounds after the first and where the next stands, as the bureau's page says it (R26). */
export function laterRoundsLines(view: Pick<UnifiedRoundView, 'laterRounds' | 'closed'>): string[] {
  const { mode, label, maxRounds, next } = view.laterRounds;
  const head = mode === 'automatic' ? `第二轮起：${label}（连同第1轮最多 ${maxRounds} 轮，之后转入补录）。` : `第二轮起：${label}。`;
  if (view.closed) return [head, `统一录取已于第${view.closed.afterRound}轮后结束（${view.closed.why}）。还没有被录取的学生，现在由还有名额的学校补录。`];
  return [head, next];
}

/** The confirmation before the bureau ends the rounds after `round`. */
export function closeQuestion(round: number): { title: string; content: string } {
  return {
    title: '结束统一录取的轮次',
    content: `结束后不再进行第${round + 1}轮，之后家庭放弃或退回的名额也不再递补给候补的学生；还没有被录取的学生由还有名额的学校直接补录，家庭会在“我的志愿”中看到。结束后不能恢复。确定在第${round}轮后结束吗？`,
  };
}
