import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { earlyStudyDecideInput, type EarlyStudyView } from '../../../../shared/api/early-study';
import type { EarlyStudyStatus } from '../../../../shared/records/early-study';
import type { StaffRole } from '../../../../shared/roles';
import { formatDate } from '../../../../shared/time';
import { Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { Field } from '../../../components/field';
import { ListLoading, LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { WorkActions, WorkCard, WorkLine, WorkTitle } from '../../../components/work-card';
import { checkInput } from '../../../services/forms/check-input';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { dayLabel, earlyStudyFilters, stepsOf } from '../../../services/views/early-study-view';
import { tellFailure } from '../../../services/calls/feedback';
import { downloadSpreadsheet } from '../../../services/calls/download-spreadsheet';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { useFunction } from '../../../services/calls/use-function';
import { usePagedList } from '../../../services/calls/use-paged-list';

/** The bureau reads the list and hands it over as a spreadsheet; it answers nothing (R8). */
const readers: ReadonlyArray<StaffRole> = ['bureauAdmin', 'reviewer'];

/** One request's card: R8's facts, each school's answer, and the caller's own answer while it is theirs to give. */
function RequestCard({ request, onDecided }: { request: EarlyStudyView; onDecided: (next: EarlyStudyView) => void }) {
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  // the same rule the server applies: an empty reason is asked for under the box, and the words go once it is written
  const declined = (r: string) => checkInput(earlyStudyDecideInput, { id: request.id, decision: 'decline', reason: r });
  const form = useFieldErrors({ reason }, (v) => declined(v.reason).problems);

  async function confirm() {
    if (
      !(await ask({
        title: '确认提前学习',
        content: `将确认${request.studentName}到${request.schoolName}提前学习，学生家庭会收到通知，确认后不能更改。确定确认吗？`,
      }))
    )
      return;
    setBusy(true);
    const result = await callFunction('earlyStudyDecide', { id: request.id, decision: 'confirm' });
    setBusy(false);
    if (!result.ok) return tellFailure('未能确认', result.error);
    onDecided(result.data);
  }

  async function decline() {
    const { input, problems } = declined(reason);
    form.reveal(problems);
    if (!input) return;
    setBusy(true);
    const result = await callFunction('earlyStudyDecide', input);
    setBusy(false);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      return tellFailure('未能提交', result.error);
    }
    onDecided(result.data);
  }

  return (
    <WorkCard className="early-card">
      <WorkTitle>
        {request.studentName} · {request.statusLabel}
      </WorkTitle>
      <WorkLine>
        {request.juniorSchoolName} → {request.schoolName} · {request.majorName}
      </WorkLine>
      <WorkLine>申请于 {formatDate(request.createdAt)}</WorkLine>
      {stepsOf(request).map((s) => (
        <WorkLine key={s.who}>
          {s.who}：{s.text}
        </WorkLine>
      ))}
      {request.cancelledReason && <WorkLine>取消原因：{request.cancelledReason}</WorkLine>}
      {request.mayDecide && (
        <WorkActions>
          {declining ? (
            <>
              <Field
                label="不同意的原因"
                name="reason"
                multiline
                value={reason}
                onChange={setReason}
                error={form.errors.reason}
                placeholder="例如：该生尚未完成初中学业"
              />
              <Button type="primary" block loading={busy} onClick={() => void decline()}>
                提交不同意
              </Button>
              <Button
                block
                onClick={() => {
                  form.clear();
                  setDeclining(false);
                }}
              >
                返回
              </Button>
            </>
          ) : (
            <>
              <Button type="primary" block loading={busy} onClick={() => void confirm()}>
                确认
              </Button>
              <Button block onClick={() => setDeclining(true)}>
                不同意
              </Button>
            </>
          )}
        </WorkActions>
      )}
    </WorkCard>
  );
}

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
