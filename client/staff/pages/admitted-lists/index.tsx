import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { AdmittedListMine } from '../../../../shared/api/admitted-lists';
import { formatMoment } from '../../../../shared/time';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { WorkActions, WorkCard, WorkLine, WorkTitle } from '../../../components/work-card';
import { callFunction } from '../../../services/calls/cloud';
import { irreversible } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';
import './index.scss';

type Major = AdmittedListMine['majors'][number];

/** Why a major's list is not to be published now, or null when it may be. */
function publishRefusal(major: Major): string | null {
  if (major.admitted === 0) return '还没有录取的学生';
  if (major.versions[0] && major.notYetListed === 0 && major.noLongerAdmitted === 0) return '自上次发布以来没有变化';
  return null;
}

/** One major: who holds an admission now, what the published list lacks, its versions, and 发布. */
function MajorCard({ major, ended, busy, onPublish }: { major: Major; ended: boolean; busy: boolean; onPublish: () => void }) {
  const latest = major.versions[0];
  const changed = major.notYetListed > 0 || major.noLongerAdmitted > 0;
  return (
    <WorkCard>
      <WorkTitle>{major.majorName}</WorkTitle>
      <WorkLine>现已录取 {major.admitted} 人（含已报到）</WorkLine>
      {latest ? (
        <WorkLine>
          最新名单：第 {latest.version} 版，{formatMoment(latest.publishedAt)} 由{latest.publishedByName}发布，共 {latest.count} 人
        </WorkLine>
      ) : (
        <WorkLine>尚未发布录取名单</WorkLine>
      )}
      {major.notYetListed > 0 && <Text className="admitted-warning">有 {major.notYetListed} 名录取学生尚未列入已发布的名单</Text>}
      {major.noLongerAdmitted > 0 && (
        <Text className="admitted-warning">已发布的名单中有 {major.noLongerAdmitted} 人现已不在录取名单内（放弃录取、离校等），重新发布后更新</Text>
      )}
      {latest && !changed && <WorkLine>自上次发布以来没有变化</WorkLine>}
      {major.versions.length > 1 && (
        <WorkLine>历次发布：{major.versions.map((v) => `第 ${v.version} 版（${formatMoment(v.publishedAt)}，${v.count} 人）`).join('；')}</WorkLine>
      )}
      {!ended && (
        <WorkActions>
          <Button type={changed ? 'primary' : 'default'} block loading={busy} disabled={busy || publishRefusal(major) !== null} onClick={onPublish}>
            {latest ? '发布新版录取名单' : '发布录取名单'}
          </Button>
        </WorkActions>
      )}
    </WorkCard>
  );
}

/**
 * R14, the school admin's side: per major, the students admitted now and the lists published;
 * 发布 makes a new version anyone can read, with masked names only (R25). Earlier versions stay.
 */
export default function AdmittedListsPage() {
  const mine = useFunction('admittedListMine', {});
  const [busy, setBusy] = useState<string | null>(null);

  // Checked before asking: a list with no one admitted, or unchanged since the last version, is
  // not published (an identical public version would only confuse families, issue 25 item 4).
  const publish = (major: Major) =>
    irreversible({
      check: () => {
        const refusal = publishRefusal(major);
        if (refusal) void Taro.showToast({ title: refusal, icon: 'none' });
        return refusal ? null : major;
      },
      confirm: (m) => ({
        title: `发布${m.majorName}录取名单`,
        content: `将公布 ${m.admitted} 名学生（姓名只显示首尾字、所在初中），所有人都能看到，发布后不能撤回；${m.versions[0] ? `这将是第 ${m.versions[0].version + 1} 版，旧版本仍可查看` : '以后再发布会成为新的一版'}。确定发布吗？`,
      }),
      async act(m) {
        setBusy(m.majorId);
        const result = await callFunction('admittedListPublish', { majorId: m.majorId });
        setBusy(null);
        if (!result.ok) tellFailure('未能发布', result.error);
        else void Taro.showToast({ title: `已发布第 ${result.data.version} 版`, icon: 'success' });
        mine.reload();
      },
    });

  return (
    <View className="page">
      <LoadState {...mine}>
        {(m) => (
          <View>
            <View className="section-title">
              {m.schoolName} · {m.year}年录取名单
            </View>
            <Text className="muted admitted-note">
              录取名单按专业发布，由学校决定何时发布。公开的名单只有打码的姓名（如
              张*明）、毕业初中与专业，不含身份证号、电话等个人信息。每次发布都是新的一版，旧版本保留到招生工作结束。
            </Text>
            {m.ended && <Text className="admitted-warning admitted-note">{m.year}年的招生工作已经结束，录取名单不再公开，也不能再发布。</Text>}
            {m.majors.map((major) => (
              <MajorCard key={major.majorId} major={major} ended={m.ended} busy={busy === major.majorId} onPublish={() => void publish(major)} />
            ))}
            {m.majors.length === 0 && <Text className="muted admitted-note">本校还没有已备案的专业。</Text>}
            <Button block onClick={() => void Taro.navigateTo({ url: `/family/pages/admitted/index?school=${encodeURIComponent(m.schoolId)}` })}>
              查看家长看到的录取名单
            </Button>
          </View>
        )}
      </LoadState>
    </View>
  );
}
