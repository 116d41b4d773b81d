import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { formatDate } from '../../../../shared/time';
import { EmptyState } from '../../../components/empty-state';
import { LoadState } from '../../../components/load-state';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';

/** The school's messages WeChat would not take, with the reason, to send again. */
export default function UndeliveredPage() {
  const dead = useFunction('outboxDead', {});

  async function retryAll() {
    const result = await callFunction('outboxDead', { retry: 'all' });
    if (!result.ok) return tellFailure('未能重新发送', result.error);
    await Taro.showToast({ title: `已重新排队 ${result.data.retried} 条`, icon: 'none' });
    dead.reload();
  }

  return (
    <View className="page">
      <LoadState {...dead}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title="所有通知都已送达" />
          ) : (
            <View>
              <CellGroup>
                {items.map((m) => (
                  <Cell key={m.id} title={`${m.kind}：${m.summary}`} description={`${formatDate(m.createdAt)} · 尝试 ${m.attempts} 次 · ${m.lastError}`} />
                ))}
              </CellGroup>
              <Button type="primary" block onClick={() => void retryAll()}>
                全部重新发送
              </Button>
            </View>
          )
        }
      </LoadState>
    </View>
  );
}
