import { useState } from 'react';
import { View } from '@tarojs/components';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import { WorkCard, WorkLine, WorkTitle } from '../../../components/work-card';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { checkDisputeDraft } from '../../../services/forms/dispute-form';
import { tellFailure } from '../../../services/calls/feedback';

/**
 * R7, R6: shown when the server answered ID_IN_USE. The family asks the bureau to check; the ID
 * number they typed in the form goes with it, they add a phone and a note. What becomes of it is
 * in 我的志愿.
 */
export function DisputeRequest({ idNumber, message, phone: typedPhone }: { idNumber: string; message: string; phone: string }) {
  const [open, setOpen] = useState(false);
  const [phone, setPhone] = useState(typedPhone);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const form = useFieldErrors({ idNumber, phone, note }, (v) => checkDisputeDraft(v).problems);
  const errors = form.errors;

  async function send() {
    const { input, problems } = checkDisputeDraft({ idNumber, phone, note });
    form.reveal(problems);
    if (!input) return;
    setBusy(true);
    const result = await callFunction('disputeRaise', input);
    setBusy(false);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      return tellFailure('申请未提交', result.error);
    }
    setSent(result.data.statusLabel);
  }

  return (
    <WorkCard className="dispute-request">
      <WorkLine>{message}</WorkLine>
      {sent ? (
        <WorkTitle>核查申请已提交：{sent}。结果会在“我的志愿”中告诉您。</WorkTitle>
      ) : open ? (
        <View className="work-form">
          <WorkLine>将为身份证号 {idNumber} 申请核查，教育局会与您联系。</WorkLine>
          <Field label="联系电话" name="disputePhone" type="number" value={phone} onChange={setPhone} error={errors.phone} />
          <Field
            label="情况说明"
            name="disputeNote"
            multiline
            value={note}
            onChange={setNote}
            error={errors.note ?? errors.idNumber}
            placeholder="例如：我们从未提交过志愿，不知道是谁用了孩子的身份证号"
          />
          <Button type="primary" block loading={busy} onClick={() => void send()}>
            提交核查申请
          </Button>
        </View>
      ) : (
        <Button type="primary" block onClick={() => setOpen(true)}>
          申请教育局核查
        </Button>
      )}
    </WorkCard>
  );
}
