import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { UnifiedCommitProgress, UnifiedDryRun, UnifiedRoundView } from '../../../../shared/api/unified-admission';
import { formatMoment } from '../../../../shared/time';
import { FigureTable } from '../../../components/figure-table';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';
import { closeQuestion, commitLine, laterRoundsLines, MAX_COMMIT_CALLS, nextRoundOf } from '../../../services/views/unified-view';
import { useFunction } from '../../../services/calls/use-function';
import './index.scss';

/** The dry run's answer: who would be placed, each major's fill, why the others would not be. */
function DryRunTable({ run }: { run: UnifiedDryRun }) {
  return (
    <View>
      <Text className="unified-note">
        共 {run.students} 名学生参加，{run.placed} 人获得录取，{run.unplaced} 人未获得录取。
      </Text>
      {run.unplacedWhy.map((w) => (
        <Text key={w.why} className="muted unified-note">
          {w.count} 人：{w.label}
        </Text>
      ))}
      <FigureTable
        label="各校各专业的计划、录取和候补人数"
        columns={{ name: '学校 · 专业', figures: ['计划', '录取', '候补'] }}
        rows={run.majors.map((m) => ({
          key: `${m.schoolId}-${m.majorId}`,
          name: `${m.schoolName} · ${m.majorName}${m.lastAdmitted ? `（最后录取：${m.lastAdmitted}）` : ''}`,
          figures: [m.places, m.filled, m.waiting],
        }))}
      />
      <Text className="muted unified-digest">本次输入数据的校验值：{run.exportDigest}</Text>
    </View>
  );
}

/** The committed round: its progress, the families' answers, the schools' refusals with their reasons. */
function RoundState({ view }: { view: UnifiedRoundView }) {
  if (!view.round) return null;
  return (
    <View>
      <View className="section-title">第{view.round.round}轮录取情况</View>
      <Text className="unified-note">{commitLine(view.round)}</Text>
      {view.answers.map((a) => (
        <Text key={a.status} className="unified-note">
          {a.label}：{a.count} 人
        </Text>
      ))}
      {view.refusals.length > 0 && <View className="section-title">学校未予录取</View>}
      {view.refusals.map((r) => (
        <Text key={`${r.schoolName}-${r.at}`} className="unified-note">
          {formatMoment(r.at)} {r.schoolName} · {r.majorName}（{r.staffName}）：{r.reason}
        </Text>
      ))}
    </View>
  );
}

/** Starts the next round, or continues the one under way. */
function CommitButton({ view, busy, commit }: { view: UnifiedRoundView; busy: boolean; commit: (round: number) => void }) {
  const number = nextRoundOf(view);
  const continuing = view.round !== null && view.round.status !== 'committed';
  return (
    <Button type="primary" block loading={busy} onClick={() => commit(number)}>
      {continuing ? `继续确认第${number}轮录取` : `确认第${number}轮录取`}
    </Button>
  );
}

/** Who runs the later rounds and when the next one runs, or that they ended; ending them (补录 follows). */
function LaterRounds({ view, busy, close }: { view: UnifiedRoundView; busy: boolean; close: (round: number) => void }) {
  const latest = view.round?.round ?? 0;
  return (
    <View>
      <View className="section-title">后续轮次与补录</View>
      {laterRoundsLines(view).map((line) => (
        <Text key={line} className="unified-note">
          {line}
        </Text>
      ))}
      {view.mayClose && (
        <Button block loading={busy} onClick={() => close(latest)}>
          结束统一录取，转入补录
        </Button>
      )}
    </View>
  );
}

/**
 * R26 for the bureau admin: the year's way of admission and its priorities, the lottery seed's
 * commitment (before the choice deadline) and the seed (after it), a dry run that changes nothing,
 * then the commit of round 1, followed until every offer is applied; the later rounds (by the bureau
 * or automatic, as the season says, and when the next runs) and the end of the rounds (补录).
 */
export default function UnifiedPage() {
  const seed = useFunction('lotterySeed', {});
  const round = useFunction('unifiedRoundView', {});
  const [dryRun, setDryRun] = useState<UnifiedDryRun | null>(null);
  const [progress, setProgress] = useState<UnifiedCommitProgress | null>(null);
  const [busy, setBusy] = useState<'' | 'publish' | 'reveal' | 'dry' | 'commit' | 'close'>('');

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

  return (
    <View className="page">
      <LoadState {...seed}>
        {(s) =>
          s.admissionMode !== 'unified' ? (
            <Text className="unified-note">
              {s.year}年按学校录取，不进行统一录取。如需统一录取，请在志愿填报截止（{s.choiceDeadline}）前在“招生季设置”中选择。
            </Text>
          ) : (
            <View>
              <View className="section-title">{s.year}年统一录取</View>
              <Text className="unified-note">录取顺序：{s.prioritiesText}</Text>
              <View className="section-title">抽签种子</View>
              {!s.commitment && (
                <View>
                  <Text className="unified-note">
                    请在志愿填报截止（{s.choiceDeadline}）前抽取种子并公布承诺值；种子在截止后公布，任何人都能据此核对每个抽签号。
                  </Text>
                  <Button
                    type="primary"
                    block
                    loading={busy === 'publish'}
                    onClick={() =>
                      void step('publish', { title: '抽取抽签种子', content: '系统将随机抽取种子，现在只公布它的承诺值，抽取后不能重新抽取。确定抽取吗？' })
                    }
                  >
                    抽取种子并公布承诺值
                  </Button>
                </View>
              )}
              {s.commitment && (
                <Text className="muted unified-digest">
                  承诺值（{s.publishedAt ? formatMoment(s.publishedAt) : ''}公布）：{s.commitment}
                </Text>
              )}
              {s.commitment && !s.seed && (
                <Button
                  block
                  loading={busy === 'reveal'}
                  onClick={() =>
                    void step('reveal', {
                      title: '公布抽签种子',
                      content: `种子只能在志愿填报截止（${s.choiceDeadline}）之后公布，公布后所有人可见。确定公布吗？`,
                    })
                  }
                >
                  公布抽签种子
                </Button>
              )}
              {s.seed && (
                <Text className="muted unified-digest">
                  种子（{s.revealedAt ? formatMoment(s.revealedAt) : ''}公布）：{s.seed}
                </Text>
              )}
              {s.seed && (
                <View>
                  <View className="section-title">试运行与确认</View>
                  <Text className="unified-note">试运行按现在的志愿和计划名额计算结果，不保存、不通知任何人。确认前请先通知各校填写统一录取的录取须知。</Text>
                  <Button block loading={busy === 'dry'} onClick={() => void runDry()}>
                    试运行
                  </Button>
                  {dryRun && <DryRunTable run={dryRun} />}
                  {round.data && !round.data.closed && <CommitButton view={round.data} busy={busy === 'commit'} commit={(n) => void commit(n)} />}
                  {progress && progress.status !== 'committed' && <Text className="unified-note">{commitLine(progress)}</Text>}
                  {round.data && <RoundState view={round.data} />}
                  {round.data && <LaterRounds view={round.data} busy={busy === 'close'} close={(n) => void close(n)} />}
                </View>
              )}
            </View>
          )
        }
      </LoadState>
    </View>
  );
}
