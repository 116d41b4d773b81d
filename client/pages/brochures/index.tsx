import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import type { BrochureListInput, BrochureListOutput, BrochureSummary } from '../../../shared/api/brochures';
import type { AppError } from '../../../shared/result';
import { EmptyState } from '../../components/empty-state';
import { Chips } from '../../components/chips';
import { Button } from '../../components/ui';
import { callFunction } from '../../services/calls/cloud';
import { PageRoot } from '../../components/page-root';
import './index.scss';
import { readable } from '../../services/calls/readable';

type Filters = Pick<BrochureListInput, 'keyword' | 'category' | 'district' | 'schoolKind'>;

const PAGE_SIZE = 10;
const kinds = [
  { value: 'city', label: '市属学校' },
  { value: 'district', label: '区县属学校' },
] as const;

function Card({ b }: { b: BrochureSummary }) {
  return (
    <View className="card" onClick={() => Taro.navigateTo({ url: `/pages/brochure/index?id=${b.id}` })}>
      <Text className="card-school">{b.schoolName}</Text>
      <Text className="card-meta">
        {b.district} · {b.schoolKind === 'city' ? '市属' : '区县属'} · 计划招生 {b.totalPlaces} 人
      </Text>
      <Text className="card-majors">{b.majors.join('、')}</Text>
      <Text className="card-filing">已备案 {b.filingNumber}</Text>
    </View>
  );
}

/** Approved brochures only (R2): search by school or major, filter, and load a page at a time. */
export default function BrochuresPage() {
  const [filters, setFilters] = useState<Filters>({});
  const [keyword, setKeyword] = useState('');
  const [pages, setPages] = useState<BrochureListOutput[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  const load = useCallback(
    async (page: number) => {
      setLoading(true);
      const request = ++latest.current;
      const result = await callFunction('brochureList', { ...filters, page, pageSize: PAGE_SIZE });
      // On a slow network an earlier search can answer after a later one: only the latest counts.
      if (request !== latest.current) return;
      // One transition, as in useFunction: the filters and cards may be built in slices, and
      // 加载更多 is active again only together with the page it loaded.
      startTransition(() => {
        setLoading(false);
        if (!result.ok) return setError(result.error);
        setError(null);
        setPages((before) => (page === 1 ? [result.data] : [...before, result.data]));
      });
    },
    [filters],
  );
  useEffect(() => void load(1), [load]);
  // the list follows what is typed after a short pause, not only the keyboard's 搜索 (issue 25)
  useEffect(() => {
    const typed = keyword.trim() || undefined;
    const timer = setTimeout(() => setFilters((f) => (f.keyword === typed ? f : { ...f, keyword: typed })), 300);
    return () => clearTimeout(timer);
  }, [keyword]);

  const last = pages[pages.length - 1];
  const items = pages.flatMap((p) => p.items);
  const more = last ? items.length < last.total : false;
  const loadMore = () => {
    if (more && !loading && last) void load(last.page + 1);
  };
  useReachBottom(loadMore);

  return (
    <PageRoot tab="brochures">
      <Input
        className="search"
        placeholder="搜索学校或专业"
        confirmType="search"
        value={keyword}
        onInput={(e) => setKeyword(e.detail.value)}
        onConfirm={() => setFilters((f) => ({ ...f, keyword: keyword.trim() || undefined }))}
      />
      {last && (
        <View className="filters">
          {/* each row of chips says what it filters: three rows all starting 全部 read alike */}
          <View className="filter-label">学校类别</View>
          <Chips allLabel="全部学校" options={kinds} value={filters.schoolKind} onChange={(schoolKind) => setFilters((f) => ({ ...f, schoolKind }))} />
          <View className="filter-label">区县</View>
          <Chips
            allLabel="全部区县"
            options={last.facets.districts.map((d) => ({ value: d, label: d }))}
            value={filters.district}
            onChange={(v) => setFilters((f) => ({ ...f, district: v }))}
          />
          <View className="filter-label">专业大类</View>
          <Chips
            allLabel="全部专业大类"
            options={last.facets.categories.map((c) => ({ value: c, label: c }))}
            value={filters.category}
            onChange={(v) => setFilters((f) => ({ ...f, category: v }))}
          />
        </View>
      )}
      {error && (
        <View>
          <EmptyState kind="error" title="加载失败" description={readable(error.message)} />
          <Button type="primary" block onClick={() => void load(1)}>
            重新加载
          </Button>
        </View>
      )}
      {last && <Text className="muted">共 {last.total} 份已审查备案的招生简章</Text>}
      {items.map((b) => (
        <Card key={b.id} b={b} />
      ))}
      {last && items.length === 0 && <EmptyState title="没有找到符合条件的招生简章" description="换个关键词或筛选条件试试" />}
      {more && (
        <Button block loading={loading} onClick={loadMore}>
          加载更多
        </Button>
      )}
    </PageRoot>
  );
}
