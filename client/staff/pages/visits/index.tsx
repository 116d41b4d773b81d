import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { visitStatusLabels, type VisitStatus } from '../../../../shared/records/visit';
import { roleLabels } from '../../../../shared/roles';
import { Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { ListLoading, LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { useFunction } from '../../../services/calls/use-function';
import { usePagedList } from '../../../services/calls/use-paged-list';
import { visitActorOf } from '../../../services/forms/visit-form';
import { ApplyForm } from './apply-form';
import { VisitCard } from './visit-card';
import './index.scss';

const statusFilters = (Object.keys(visitStatusLabels) as VisitStatus[]).map((value) => ({ value, label: visitStatusLabels[value] }));

/** R10 for every side: the school applies and shows its permit, the bureau decides, the junior high reads its schedule. */
export default function VisitsPage() {
  const home = useFunction('staffHome', {});
  const [status, setStatus] = useState<VisitStatus | undefined>();
  const [applying, setApplying] = useState(false);
  const list = usePagedList('visitList', { status });

  const role = home.data?.role;
  useEffect(() => {
    const title = role === 'schoolAdmin' ? '进校宣传申请' : role === 'juniorStaff' ? '进校宣传日程' : role ? '进校宣传审批' : null;
    if (title) void Taro.setNavigationBarTitle({ title });
  }, [role]);

  const { last, items, more } = list;

  return (
    <View className="page">
      <LoadState {...home}>
        {(w) => {
          const actor = visitActorOf(w.role);
          return (
            <View>
              <View className="section-title">
                {w.role === 'schoolAdmin' ? '进校宣传申请' : w.role === 'juniorStaff' ? '本校进校宣传日程' : '进校宣传审批'}
              </View>
              {/* a line of its own: the note below must not run on from the role's name */}
              <View className="muted">
                {roleLabels[w.role]}
                {w.schoolName ? ` · ${w.schoolName}` : ''}
              </View>
              {w.role === 'schoolAdmin' &&
                (applying ? (
                  <ApplyForm
                    applying={last?.applying ?? null}
                    onApplied={() => {
                      setApplying(false);
                      list.reload();
                    }}
                  />
                ) : (
                  <Button type="primary" block onClick={() => setApplying(true)}>
                    申请进校宣传
                  </Button>
                ))}
              {w.role === 'juniorStaff' && (
                <View className="muted">
                  来访学校到校时应出示准入证；扫准入证上的二维码，或在“我的”中点“核验进校宣传准入证”输入证上的核验码，可核验真伪与日期。
                </View>
              )}
              <Chips allLabel="全部" options={statusFilters} value={status} onChange={setStatus} />
              {last && <Text className="muted">共 {last.total} 项</Text>}
              {!last && <ListLoading />}
              {last && items.length === 0 && <EmptyState title="暂无进校宣传记录" />}
              {items.map((v) => (
                <VisitCard key={v.id} visit={v} actor={actor} onChanged={list.replace} />
              ))}
              {more && (
                <Button block onClick={list.loadMore}>
                  加载更多
                </Button>
              )}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
