// 修改记录: every change to a year's season settings, who made it and when, each field before and after.
import { Text, View } from '@tarojs/components';
import type { SeasonView } from '../../../../shared/api/season';
import { formatMoment } from '../../../../shared/time';

export function HistoryList({ history }: { history: SeasonView['history'] }) {
  return (
    <>
      <View className="section-title">修改记录</View>
      {history.length === 0 && <Text className="muted">还没有修改。</Text>}
      {history.map((h) => (
        <View key={h.at} className="season-history">
          <Text className="season-history-head">
            {formatMoment(h.at)} {h.actorName} {h.action}
          </Text>
          {h.changes.map((c) => (
            <Text key={c.field} className="muted">
              {c.label}：{c.before} → {c.after}
            </Text>
          ))}
        </View>
      ))}
    </>
  );
}
