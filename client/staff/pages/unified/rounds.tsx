// The unified admission's rounds: the committed round's state, the button for the next, the later rounds and their end.
import { Text, View } from '@tarojs/components';
import type { UnifiedRoundView } from '../../../../shared/api/unified-admission';
import { formatMoment } from '../../../../shared/time';
import { Button } from '../../../components/ui';
import { commitLine, laterRoundsLines, nextRoundOf } from '../../../services/views/unified-view';

/** The committed round: its progress, the families' answers, the schools' refusals with their reasons. */
export function RoundState({ view }: { view: UnifiedRoundView }) {
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
export function CommitButton({ view, busy, commit }: { view: UnifiedRoundView; busy: boolean; commit: (round: number) => void }) {
  const number = nextRoundOf(view);
  const continuing = view.round !== null && view.round.status !== 'committed';
  return (
    <Button type="primary" block loading={busy} onClick={() => commit(number)}>
      {continuing ? `继续确认第${number}轮录取` : `确认第${number}轮录取`}
    </Button>
  );
}

/** Who runs the later rounds and when the next one runs, or that they ended; ending them (补录 follows). */
export function LaterRounds({ view, busy, close }: { view: UnifiedRoundView; busy: boolean; close: (round: number) => void }) {
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
