/** A lead's history, newest first (R24): each step and event, when, and who — staff by name, the family, or the system. */
import { Text, View } from '@tarojs/components';
import type { LeadDetail } from '../../../../shared/api/leads';
import { leadStatusLabels } from '../../../../shared/records/lead';
import { inShanghai } from '../../../../shared/time';

const historyLabels = { reassigned: '转交', revised: '志愿修改', reopened: '重新报考本校', noted: '跟进记录' } as const;

export function LeadHistory({ history }: { history: LeadDetail['history'] }) {
  return (
    <View className="lead-history" {...{ role: 'list', 'aria-label': '历史' }}>
      {[...history].reverse().map((h, i) => (
        <View key={`${h.at}-${h.event}-${i}`} className="lead-history-row" {...{ role: 'listitem' }}>
          <View className="lead-history-head">
            <Text className="lead-history-what">{h.event === 'step' ? leadStatusLabels[h.status] : historyLabels[h.event]}</Text>
            <Text className="lead-history-when">{inShanghai(h.at).format('M月D日 HH:mm')}</Text>
          </View>
          <Text className="lead-history-who">
            {h.actorName ?? (h.status === 'new' || h.event === 'revised' || h.event === 'reopened' ? '学生或家长' : '系统')}
          </Text>
          {h.note && <Text className="lead-history-note">{h.note}</Text>}
        </View>
      ))}
    </View>
  );
}
