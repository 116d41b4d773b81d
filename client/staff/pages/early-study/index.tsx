import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { EarlyStudyStatus } from '../../../../shared/records/early-study';
import type { StaffRole } from '../../../../shared/roles';
import { Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { ListLoading, LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { dayLabel, earlyStudyFilters } from '../../../services/views/early-study-view';
import { downloadSpreadsheet } from '../../../services/calls/download-spreadsheet';
import { useFunction } from '../../../services/calls/use-function';
import { usePagedList } from '../../../services/calls/use-paged-list';
import { RequestCard } from './request-card';

/** The bureau reads the list and hands it over as a spreadsheet; it answers nothing (R8). */
const readers: ReadonlyArray<StaffRole> = ['bureauAdmin', 'reviewer'];

/**
 * R8: a junior high's staff and a receiving school's admins and recruiters answer the early-study
 * requests that are theirs; the bureau reads the list and exports it as the hand-over record.
 */
export default function EarlyStudyPage() {
  const home = useFunction('staffHome', {});
  const [status, setStatus] = useState<EarlyStudyStatus | undefined>();
  const [exporting, setExporting] = useState(false);
  const list = usePagedList('earlyStudyList', { status });

  // The bureau's page is a list, not a queue to answer: its title says so.
  const role = home.data?.role;
  useEffect(() => {
    if (role && readers.includes(role)) void Taro.setNavigationBarTitle({ title: '提前学习名单' });
  }, [role]);

  const { last, items, more } = list;

  const exportList = () => downloadSpreadsheet(() => callFunction('earlyStudyExport', { status }), setExporting);

  return (
    <View className="page">
      <LoadState {...home}>
        {(w) => {
          const reader = readers.includes(w.role);
          return (
            <View>
              <View className="section-title">{reader ? '提前学习名单' : '提前学习确认'}</View>
              <Text className="muted">
                {last ? `${dayLabel(last.from)}起，` : ''}初三学生可申请到志愿中的一所中职学校提前学习，须初中学校和中职学校都确认。
                {reader ? '名单可导出为 Excel，作为学生管理移交的依据。' : '每所学校只答复一次，确认或不同意后不能更改。'}
              </Text>
              <Chips allLabel="全部" options={earlyStudyFilters} value={status} onChange={setStatus} />
              {reader && (
                <Button type="primary" block loading={exporting} onClick={() => void exportList()}>
                  导出名单（Excel）
                </Button>
              )}
              {last && <Text className="muted">共 {last.total} 项</Text>}
              {!last && <ListLoading />}
              {last && items.length === 0 && <EmptyState title="暂无提前学习申请" />}
              {items.map((r) => (
                <RequestCard key={r.id} request={r} onDecided={list.replace} />
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
