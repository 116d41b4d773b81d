import { useState } from 'react';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { AdmittedListView } from '../../../../shared/api/admitted-lists';
import { formatMoment, inShanghai } from '../../../../shared/time';
import { Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { FigureTable } from '../../../components/figure-table';
import { LoadState } from '../../../components/load-state';
import { PageRoot } from '../../../components/page-root';
import { Button } from '../../../components/ui';
import { useFunction } from '../../../services/calls/use-function';
import './index.scss';

type Major = AdmittedListView['majors'][number];

/** One major's list as published: masked names and junior highs, the version and its date, and the versions before it. */
function MajorList({ major, onPick }: { major: Major; onPick: (version: number | undefined) => void }) {
  const { shown } = major;
  const latest = major.versions[0]?.version;
  return (
    <View>
      <View className="section-title">{major.majorName}</View>
      <Text className="muted admitted-meta">
        第 {shown.version} 版{shown.version === latest ? '（最新）' : '（旧版本）'} · {formatMoment(shown.publishedAt)}发布 · 共 {shown.count} 人
      </Text>
      <FigureTable
        label={`${major.majorName}录取名单`}
        columns={{ name: '姓名', figures: ['毕业学校'] }}
        nameClassName="admitted-name"
        figureClassName="admitted-junior"
        rows={shown.entries.map((e, i) => ({ key: `${i}-${e.name}`, name: e.name, figures: [e.juniorSchoolName] }))}
      />
      {major.versions.length > 1 && (
        <View>
          <Text className="muted admitted-meta">历次发布（点选查看）：</Text>
          <View className="admitted-versions">
            <Chips
              options={major.versions.map((v) => ({
                value: String(v.version),
                label: `第${v.version}版 ${inShanghai(v.publishedAt).format('M月D日')} ${v.count}人`,
              }))}
              value={String(shown.version)}
              onChange={(v) => onPick(v === undefined || Number(v) === latest ? undefined : Number(v))}
            />
          </View>
        </View>
      )}
    </View>
  );
}

/**
 * R14: a school's admitted lists as it published them, for anyone (a QR code or the brochure
 * opens it with `school=<id>`): per major, names masked (张*明) and the junior high only (R25).
 */
export default function AdmittedPage() {
  const { params } = useRouter();
  const schoolId = decodeURIComponent(params.school ?? '') || '-';
  const [picked, setPicked] = useState<{ majorId: string; version: number } | null>(null);
  const lists = useFunction('admittedListGet', picked ? { schoolId, majorId: picked.majorId, version: picked.version } : { schoolId });
  useShareAppMessage(() => ({
    title: lists.data ? `${lists.data.schoolName}${lists.data.year}年录取名单` : '录取名单',
    path: `/family/pages/admitted/index?school=${encodeURIComponent(schoolId)}`,
  }));
  return (
    <PageRoot>
      <LoadState {...lists}>
        {(l) => (
          <View>
            <View className="section-title">
              {l.schoolName} · {l.year}年录取名单
            </View>
            <Text className="muted admitted-meta">
              由学校按专业发布。为保护学生个人信息，姓名只显示首尾字，不公布身份证号和联系方式；录取结果以学校的录取通知为准。
            </Text>
            {picked && (
              <Button block onClick={() => setPicked(null)}>
                返回各专业最新名单
              </Button>
            )}
            {l.ended ? (
              <EmptyState title="录取名单已不再公开" description={`${l.year}年的招生工作已经结束。`} />
            ) : l.majors.length === 0 ? (
              <EmptyState title="学校尚未发布录取名单" description="录取期间学校会按专业陆续发布，请稍后再来查看。" />
            ) : (
              l.majors.map((major) => (
                <MajorList
                  key={major.majorId}
                  major={major}
                  onPick={(version) => setPicked(version === undefined ? null : { majorId: major.majorId, version })}
                />
              ))
            )}
          </View>
        )}
      </LoadState>
    </PageRoot>
  );
}
