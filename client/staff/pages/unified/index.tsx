import { Text, View } from '@tarojs/components';
import { formatMoment } from '../../../../shared/time';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { commitLine } from '../../../services/views/unified-view';
import { DryRunTable } from './dry-run-table';
import { CommitButton, LaterRounds, RoundState } from './rounds';
import { useUnified } from './use-unified';
import './index.scss';

/**
 * R26 for the bureau admin: the year's way of admission and its priorities, the lottery seed's
 * commitment (before the choice deadline) and the seed (after it), a dry run that changes nothing,
 * then the commit of round 1, followed until every offer is applied; the later rounds (by the bureau
 * or automatic, as the season says, and when the next runs) and the end of the rounds (补录).
 */
export default function UnifiedPage() {
  const { seed, round, dryRun, progress, busy, step, runDry, commit, close } = useUnified();

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
