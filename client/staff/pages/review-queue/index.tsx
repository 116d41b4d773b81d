import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { formatDate } from '../../../../shared/time';
import { EmptyState } from '../../../components/empty-state';
import { LoadState } from '../../../components/load-state';
import { Cell, CellGroup } from '../../../components/ui';
import { useFunction } from '../../../services/calls/use-function';

/** R2: the submitted brochures this reviewer's bureau decides, oldest first. */
export default function ReviewQueuePage() {
  const queue = useFunction('reviewQueue', {}, { reloadOnShow: true });
  return (
    <View className="page">
      <LoadState {...queue}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title="没有待审核的招生简章" />
          ) : (
            <CellGroup>
              {items.map((b) => (
                <Cell
                  key={b.id}
                  title={`${b.schoolName}（第 ${b.version} 版）`}
                  description={`${b.district} · 提交于 ${formatDate(b.submittedAt)}`}
                  extra="审核"
                  clickable
                  onClick={() => Taro.navigateTo({ url: `/staff/pages/review/index?id=${b.id}` })}
                />
              ))}
            </CellGroup>
          )
        }
      </LoadState>
    </View>
  );
}
