import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/cloud';
import { useFieldErrors } from '../../../services/field-errors';
import { checkDisputeDraft } from '../../../services/dispute-form';
import { tellFailure } from '../../../services/feedback';
import '../../../components/work-card.scss';

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
    <View className='work-card dispute-request'>
      <Text className='work-card-line'>{message}</Text>
      {sent ? (
        <Text className='work-card-title'>核查申请已提交：{sent}。结果会在“我的志愿”中告诉您。</Text>
      ) : open ? (
        <View className='work-form'>
          <Text className='work-card-line'>将为身份证号 {idNumber} 申请核查，教育局会与您联系。</Text>
          <Field label='联系电话' name='disputePhone' type='number' value={phone} onChange={setPhone} error={errors.phone} />
          <Field label='情况说明' name='disputeNote' multiline value={note} onChange={setNote} error={errors.note ?? errors.idNumber} placeholder='例如：我们从未提交过志愿，不知道是谁用了孩子的身份证号' />
          <Button type='primary' block loading={busy} onClick={() => void send()}>
            提交核查申请
          </Button>
        </View>
      ) : (
        <Button type='primary' block onClick={() => setOpen(true)}>
          申请教育局核查
        </Button>
      )}
    </View>
  );
}
