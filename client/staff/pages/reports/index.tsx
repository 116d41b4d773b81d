import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { isWholeReceipt, normaliseReceipt, type ReportCategory, type ReportStatus } from '../../../../shared/records/report';
import { Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { ListLoading } from '../../../components/load-state';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import { usePagedList } from '../../../services/calls/use-paged-list';
import { reportCategoryOptions, reportStatusFilters } from '../../../services/forms/report-form';
import { ReportCard } from './report-card';

/** R19: the bureau's queue of violation reports, filtered by status and category, or found by the receipt a reporter reads out. */
export default function ReportsPage() {
  const [status, setStatus] = useState<ReportStatus | undefined>();
  const [category, setCategory] = useState<ReportCategory | undefined>();
  const [typed, setTyped] = useState('');
  // the queue narrows to one report as soon as a whole receipt is typed, however it is typed
  const receipt = isWholeReceipt(typed) ? normaliseReceipt(typed) : undefined;
  const { last, items, more, reload, loadMore } = usePagedList('reportQueue', { status, category, ...(receipt ? { receipt } : {}) });
  return (
    <View className="page">
      <View className="section-title">举报处理</View>
      <Text className="muted">举报人的身份只给教育局看，学校看不到举报。每一步都会记下处理人和时间。</Text>
      <Text className="field-label">按状态</Text>
      <Chips allLabel="全部状态" options={reportStatusFilters} value={status} onChange={setStatus} />
      <Text className="field-label">按类型</Text>
      <Chips allLabel="全部类型" options={reportCategoryOptions} value={category} onChange={setCategory} />
      <Field label="按回执编号查找" name="receipt" value={typed} onChange={setTyped} placeholder="例如 JB270415-K7QD" />
      {typed.trim() !== '' && !receipt && <Text className="muted">回执编号由 JB、6 位日期和 4 位字母或数字组成，输入完整后即查找。</Text>}
      {last && <Text className="muted">共 {last.total} 件</Text>}
      {!last && <ListLoading />}
      {last && items.length === 0 && <EmptyState title="没有符合条件的举报" />}
      {items.map((r) => (
        <ReportCard key={r.id} report={r} assignees={last?.assignees ?? []} onDone={reload} />
      ))}
      {more && (
        <Button block onClick={loadMore}>
          加载更多
        </Button>
      )}
    </View>
  );
}
