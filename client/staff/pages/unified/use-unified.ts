// The unified admission page's state and calls: the seed's steps, the dry run, the rounds' commit and end.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { UnifiedCommitProgress, UnifiedDryRun } from '../../../../shared/api/unified-admission';
import { callFunction } from '../../../services/calls/cloud';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';
import { ask } from '../../../services/platform/confirm';
import { closeQuestion, MAX_COMMIT_CALLS } from '../../../services/views/unified-view';

export type UnifiedBusy = '' | 'publish' | 'reveal' | 'dry' | 'commit' | 'close';

/** The lottery seed and the round as the server holds them, and what the bureau admin does with them. */
export function useUnified() {
  const seed = useFunction('lotterySeed', {});
  const round = useFunction('unifiedRoundView', {});
  const [dryRun, setDryRun] = useState<UnifiedDryRun | null>(null);
  const [progress, setProgress] = useState<UnifiedCommitProgress | null>(null);
  const [busy, setBusy] = useState<UnifiedBusy>('');

  async function step(kind: 'publish' | 'reveal', question: { title: string; content: string }) {
    if (!(await ask(question))) return;
    setBusy(kind);
    const result = kind === 'publish' ? await callFunction('lotterySeedPublish', {}) : await callFunction('lotterySeedReveal', {});
    setBusy('');
    if (!result.ok) return tellFailure(kind === 'publish' ? '未能公布承诺值' : '未能公布种子', result.error);
    seed.reload();
  }

  async function runDry() {
    setBusy('dry');
    const result = await callFunction('unifiedDryRun', {});
    setBusy('');
    if (!result.ok) return tellFailure('未能试运行', result.error);
    setDryRun(result.data);
  }

  async function commit(number: number) {
    const confirmed = await ask({
      title: `确认第${number}轮统一录取`,
      content:
        number === 1
          ? '确认后，每名获得录取的学生将被录取到相应学校的专业，学校和家庭会收到通知，不能撤销。确定确认第1轮统一录取吗？'
          : `第${number}轮把家庭放弃、逾期未答复和学校未予录取而空出的名额，按同样的规则录取给排在候补中的学生；学生可能改录取到排得更靠前的志愿。确定确认第${number}轮统一录取吗？`,
    });
    if (!confirmed) return;
    setBusy('commit');
    // a city's round takes several calls; each goes on where the last stopped
    for (let call = 0; call < MAX_COMMIT_CALLS; call++) {
      const result = await callFunction('unifiedCommit', { round: number });
      if (!result.ok) {
        setBusy('');
        return tellFailure('未能确认录取', result.error);
      }
      setProgress(result.data);
      if (result.data.status === 'committed') break;
    }
    setBusy('');
    round.reload();
    await Taro.showToast({ title: '已提交', icon: 'success' });
  }

  async function close(after: number) {
    if (!(await ask(closeQuestion(after)))) return;
    setBusy('close');
    const result = await callFunction('unifiedRoundsClose', { round: after });
    setBusy('');
    if (!result.ok) return tellFailure('未能结束轮次', result.error);
    round.reload();
    await Taro.showToast({ title: '已结束，转入补录', icon: 'none' });
  }

  return { seed, round, dryRun, progress, busy, step, runDry, commit, close };
}
