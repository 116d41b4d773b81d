import { useEffect, useState } from 'react';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Input, View } from '@tarojs/components';
import { leadStatusLabels, type LeadStatus } from '../../../../shared/records/lead';
import { formatDate } from '../../../../shared/time';
import { EmptyState } from '../../../components/empty-state';
import { ListLoading } from '../../../components/load-state';
import { Chips } from '../../../components/chips';
import { Cell, CellGroup, Button } from '../../../components/ui';
import { usePagedList } from '../../../services/calls/use-paged-list';

const statuses = (Object.keys(leadStatusLabels) as LeadStatus[]).map((value) => ({ value, label: leadStatusLabels[value] }));

/** A recruiter's own leads, newest first: filter by status, search by name, load more at the bottom. */
export default function LeadsPage() {
  const [status, setStatus] = useState<LeadStatus | undefined>();
  const [name, setName] = useState('');
  const [query, setQuery] = useState('');
  const { last, items, more, loadMore } = usePagedList('leadList', { status, name: query || undefined });
  useReachBottom(() => {
    if (more) loadMore();
  });
  // the list follows the name as it is typed, after a short pause, not only the keyboard's 搜索
  useEffect(() => {
    const timer = setTimeout(() => setQuery(name.trim()), 300);
    return () => clearTimeout(timer);
  }, [name]);

  return (
    <View className="page">
      <Input
        className="field-input"
        placeholder="按学生姓名搜索"
        confirmType="search"
        value={name}
        onInput={(e) => setName(e.detail.value)}
        onConfirm={() => setQuery(name.trim())}
      />
      <Chips allLabel="全部" options={statuses} value={status} onChange={setStatus} />
      {!last && <ListLoading />}
      {last && items.length === 0 && <EmptyState title="暂无生源线索" />}
      <CellGroup>
        {items.map((l) => (
          <Cell
            key={l.id}
            title={`${l.studentName} · ${leadStatusLabels[l.status]}`}
            description={`${l.majors.join('、')} · ${formatDate(l.createdAt)}`}
            clickable
            onClick={() => Taro.navigateTo({ url: `/staff/pages/lead/index?id=${l.id}` })}
          />
        ))}
      </CellGroup>
      {more && (
        <Button block onClick={loadMore}>
          加载更多
        </Button>
      )}
    </View>
  );
}
