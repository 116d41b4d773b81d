import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro';
import { Input, View } from '@tarojs/components';
import type { LeadListOutput } from '../../../../shared/api/leads';
import { leadStatusLabels, type LeadStatus } from '../../../../shared/records/lead';
import { formatDate } from '../../../../shared/time';
import { EmptyState } from '../../../components/empty-state';
import { Chips } from '../../../components/chips';
import { Cell, CellGroup, Button } from '../../../components/ui';
import { callFunction } from '../../../services/cloud';
import { tellFailure } from '../../../services/feedback';

const statuses = (Object.keys(leadStatusLabels) as LeadStatus[]).map((value) => ({ value, label: leadStatusLabels[value] }));

/** A recruiter's own leads, newest first: filter by status, search by name, load more at the bottom. */
export default function LeadsPage() {
  const [status, setStatus] = useState<LeadStatus | undefined>();
  const [name, setName] = useState('');
  const [query, setQuery] = useState('');
  const [pages, setPages] = useState<LeadListOutput[]>([]);
  const latest = useRef(0);

  const load = useCallback(
    async (page: number) => {
      const request = ++latest.current;
      const result = await callFunction('leadList', { status, name: query || undefined, page });
      if (request !== latest.current) return; // a later filter has been asked for since
      if (!result.ok) return tellFailure('加载失败', result.error);
      setPages((before) => (page === 1 ? [result.data] : [...before, result.data]));
    },
    [status, query],
  );
  useEffect(() => void load(1), [load]);
  useDidShow(() => void load(1));

  const last = pages[pages.length - 1];
  const items = pages.flatMap((p) => p.items);
  const more = Boolean(last && items.length < last.total);
  useReachBottom(() => {
    if (more && last) void load(last.page + 1);
  });

  return (
    <View className='page'>
      <Input className='field-input' placeholder='按学生姓名搜索' confirmType='search' value={name} onInput={(e) => setName(e.detail.value)} onConfirm={() => setQuery(name.trim())} />
      <Chips allLabel='全部' options={statuses} value={status} onChange={setStatus} />
      {last && items.length === 0 && <EmptyState title='暂无生源线索' />}
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
      {more && last && (
        <Button block onClick={() => void load(last.page + 1)}>
          加载更多
        </Button>
      )}
    </View>
  );
}
