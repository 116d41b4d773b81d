// One early-study request's card (R8), where a junior high or a receiving school gives its answer.
import { useState } from 'react';
import { earlyStudyDecideInput, type EarlyStudyView } from '../../../../shared/api/early-study';
import { formatDate } from '../../../../shared/time';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import { WorkActions, WorkCard, WorkLine, WorkTitle } from '../../../components/work-card';
import { callFunction } from '../../../services/calls/cloud';
import { tellFailure } from '../../../services/calls/feedback';
import { checkInput } from '../../../services/forms/check-input';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { ask } from '../../../services/platform/confirm';
import { stepsOf } from '../../../services/views/early-study-view';

/** One request's card: R8's facts, each school's answer, and the caller's own answer while it is theirs to give. */
export function RequestCard({ request, onDecided }: { request: EarlyStudyView; onDecided: (next: EarlyStudyView) => void }) {
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
