import { useCallback, useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { FunctionOutput } from '../../../../shared/api';
import { disputeDecideInput } from '../../../../shared/api/disputes';
import type { AppError } from '../../../../shared/result';
import { disputeStatusLabels, type DisputeStatus } from '../../../../shared/records/dispute';
import { formatMoment } from '../../../../shared/time';
import { Chips } from '../../../components/chips';
import { EmptyState } from '../../../components/empty-state';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { WorkActions, WorkCard, WorkLine, WorkTitle } from '../../../components/work-card';
import { checkInput } from '../../../services/forms/check-input';
import { callFunction } from '../../../services/calls/cloud';
import { irreversible } from '../../../services/platform/confirm';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { useFunction } from '../../../services/calls/use-function';

type Dispute = FunctionOutput<'disputeList'>['items'][number];

const statusFilters: ReadonlyArray<{ value: DisputeStatus; label: string }> = [
  { value: 'open', label: '待核查' },
  { value: 'voided', label: '已作废' },
  { value: 'rejected', label: '未作废' },
];

/** Who filled the form in, in words (the form stores a key). */
const filledByLabels: Record<string, string> = { student: '学生本人', guardian: '家长/监护人' };

/** The request beside the form filed first; the bureau admin decides once, after confirming. */
function DisputeCard({ dispute, decides, onDecided }: { dispute: Dispute; decides: boolean; onDecided: () => void }) {
  const [reason, setReason] = useState('');
  const form = useFieldErrors({ reason }, (v) => checkInput(disputeDecideInput, { id: dispute.id, decision: 'void', ...v }).problems);
  const [busy, setBusy] = useState(false);

  // The conclusion is checked before the ruling is confirmed: a ruling is final.
  const decide = (decision: 'void' | 'reject') =>
    irreversible({
      check: () => (form.validate() ? { id: dispute.id, decision, reason } : null),
      confirm: () =>
        decision === 'void'
          ? { title: '作废该志愿表', content: '该志愿表将被撤回，提交人和各校招生老师会收到通知，申请的家庭随即可以填报。裁决后不能更改，确定作废吗？' }
          : { title: '保留该志愿表', content: '申请的家庭会收到“核查后未作废”的结论。裁决后不能更改，确定保留吗？' },
      async act(input) {
        setBusy(true);
        const result = await callFunction('disputeDecide', input);
        setBusy(false);
        if (!result.ok) {
          form.serverSaid(result.error.fields);
          return tellFailure('未能裁决', result.error);
        }
        onDecided();
      },
    });

  const f = dispute.form;
  return (
    <WorkCard className="dispute-card">
      <WorkTitle>
        身份证 {dispute.idMasked} · {disputeStatusLabels[dispute.status]}
      </WorkTitle>
      <WorkLine>申请于 {formatMoment(dispute.createdAt)}</WorkLine>
      <WorkLine>申请人电话：{dispute.raiser.phone}</WorkLine>
      <WorkLine>申请人说明：{dispute.raiser.note}</WorkLine>
      <WorkTitle>先提交的志愿表</WorkTitle>
      {f ? (
        <>
          <WorkLine>
            学生 {f.studentName} · {f.juniorSchoolName} · {f.status === 'active' ? '有效' : '已撤回'}
          </WorkLine>
          <WorkLine>
            填表人：{filledByLabels[f.filledBy] ?? '未记录'} · 提交于 {formatMoment(f.submittedAt)}
          </WorkLine>
          <WorkLine>
            学生电话 {f.phone}
            {f.guardianPhone ? ` · 监护人电话 ${f.guardianPhone}` : ''}
          </WorkLine>
        </>
      ) : (
        <WorkLine>这份志愿表已不存在。</WorkLine>
      )}
      {dispute.decision && (
        <WorkLine>
          裁决：{dispute.decision.staffName}，{formatMoment(dispute.decision.at)}：{dispute.decision.reason}
        </WorkLine>
      )}
      {decides && dispute.status === 'open' && (
        <WorkActions>
          <Field
            label="核查结论"
            name="reason"
            multiline
            value={reason}
            onChange={setReason}
            error={form.errors.reason}
            placeholder="例如：经电话核实，该志愿表系他人冒用身份证号提交"
          />
          <Button type="primary" block loading={busy} onClick={() => void decide('void')}>
            作废该志愿表
          </Button>
          <Button block loading={busy} onClick={() => void decide('reject')}>
            保留
          </Button>
        </WorkActions>
      )}
    </WorkCard>
  );
}

/** R7, R6: families who found their student's ID number used first ask the bureau to check. */
export default function DisputesPage() {
  const home = useFunction('staffHome', {});
  const [status, setStatus] = useState<DisputeStatus>('open');
  const [list, setList] = useState<{ data: FunctionOutput<'disputeList'> | null; error: AppError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const latest = useRef(0);
  // only the answer to the latest request is shown: a reload after a decision must not land over another filter's list
  const load = useCallback(async () => {
    const request = ++latest.current;
    const result = await callFunction('disputeList', { status });
    if (request !== latest.current) return;
    setList(result.ok ? { data: result.data, error: null, loading: false } : { data: null, error: result.error, loading: false });
  }, [status]);
  useEffect(() => void load(), [load]);
  return (
    <View className="page">
      <View className="section-title">身份核查申请</View>
      <Text className="muted">身份证号被他人用另一个微信抢先提交了志愿表时，家庭可申请核查。教育局管理员核实后裁决一次：作废那份志愿表，或保留。</Text>
      <Chips options={statusFilters} value={status} onChange={(s) => s && setStatus(s)} />
      <LoadState {...list} reload={() => void load()}>
        {({ items }) => (
          <View>
            {items.length === 0 && <EmptyState title="暂无核查申请" />}
            {items.map((d) => (
              <DisputeCard key={d.id} dispute={d} decides={home.data?.role === 'bureauAdmin'} onDecided={() => void load()} />
            ))}
          </View>
        )}
      </LoadState>
    </View>
  );
}
