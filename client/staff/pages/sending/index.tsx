import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { SendingRow } from '../../../../shared/records/sending-report';
import type { StaffRole } from '../../../../shared/roles';
import { formatMoment } from '../../../../shared/time';
import { FigureTable } from '../../../components/figure-table';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';
import { bureauSummary, rowsTotal } from '../../../services/views/sending-view';
import { useFunction } from '../../../services/calls/use-function';
import './index.scss';

/** A table of a school's figures per junior high, with the total last. */
function RowsTable({ rows }: { rows: SendingRow[] }) {
  if (rows.length === 0) return <Text className="muted sending-note">还没有学生填报本校。</Text>;
  const total = rowsTotal(rows);
  return (
    <FigureTable
      label="本校按初中学校的志愿、录取和报到人数"
      columns={{ name: '初中学校', figures: ['志愿', '录取', '报到'] }}
      rows={[
        ...rows.map((r) => ({ key: r.juniorSchoolId, name: r.juniorSchoolName, figures: [r.chose, r.admitted, r.enrolled] })),
        { key: 'total', name: '合计', figures: [total.chose, total.admitted, total.enrolled], total: true },
      ]}
    />
  );
}

/** R13, the school's side: its figures per junior high as they stand, and submitting them once. */
function SchoolSending() {
  const stats = useFunction('sendingStatsGet', {});
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!(await ask({ title: '提交送培统计', content: '提交后各初中学校和教育局看到的是现在的数字，不能再修改。确定提交送培统计吗？' }))) return;
    setBusy(true);
    const result = await callFunction('sendingStatsSubmit', {});
    setBusy(false);
    if (!result.ok) tellFailure('未能提交', result.error);
    stats.reload();
  }

  return (
    <LoadState {...stats}>
      {(s) => (
        <View>
          <View className="section-title">
            {s.schoolName} · {s.year}年送培统计
          </View>
          <Text className="muted sending-note">按学生毕业的初中学校统计本校的志愿、录取与报到人数，反馈给各初中学校；应于 {s.due} 前提交。</Text>
          {s.submitted ? (
            <View>
              <Text className="sending-note">
                已于 {formatMoment(s.submitted.submittedAt)} 由{s.submitted.submittedByName}提交{s.submitted.late ? '（逾期提交）' : ''}
                。各初中学校看到的是下面这份：
              </Text>
              <RowsTable rows={s.submitted.rows} />
              <View className="section-title">现在的数字（仅供本校参考）</View>
            </View>
          ) : (
            <Text className="sending-note">尚未提交。下面是现在的数字：</Text>
          )}
          <RowsTable rows={s.live} />
          {s.maySubmit && (
            <Button type="primary" block loading={busy} onClick={() => void submit()}>
              提交
            </Button>
          )}
          {!s.submitted && !s.maySubmit && <Text className="muted sending-note">由学校管理员提交，{s.opensOn}（录取开始）起可以提交。</Text>}
        </View>
      )}
    </LoadState>
  );
}

/** R13, the bureau's side: which schools have and have not submitted, and which were late. */
function BureauSending() {
  const list = useFunction('sendingStatsList', {});
  return (
    <LoadState {...list}>
      {(l) => {
        const summary = bureauSummary(l.schools);
        return (
          <View>
            <View className="section-title">{l.year}年送培统计提交情况</View>
            <Text className="muted sending-note">
              应于 {l.due} 前提交。已提交 {summary.submitted} 所（其中逾期 {summary.late} 所），未提交 {summary.missing} 所。
            </Text>
            <FigureTable
              label="各中职学校的送培统计提交情况"
              columns={{ name: '中职学校', figures: ['提交情况'] }}
              figureClassName="sending-submitted"
              rows={l.schools.map((s) => ({
                key: s.schoolId,
                name: `${s.schoolName}（${s.district}）`,
                figures: [s.submittedAt ? `${formatMoment(s.submittedAt)}提交${s.late ? '，逾期' : ''}，${s.juniors} 所初中` : '未提交'],
              }))}
            />
          </View>
        );
      }}
    </LoadState>
  );
}

const bureau: ReadonlyArray<StaffRole> = ['bureauAdmin', 'reviewer'];

/** 送培统计: a vocational school reports back to each junior high (R13); the bureau sees who has. */
export default function SendingPage() {
  const home = useFunction('staffHome', {});
  return <View className="page">{<LoadState {...home}>{(w) => (bureau.includes(w.role) ? <BureauSending /> : <SchoolSending />)}</LoadState>}</View>;
}
