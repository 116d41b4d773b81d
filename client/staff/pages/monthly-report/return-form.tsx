// The city bureau's form for sending a unit's submitted monthly table back (R12).
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { monthlyReportReturnInput } from '../../../../shared/api/monthly-report';
import type { MonthlyUnit } from '../../../../shared/records/monthly-report';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { tellFailure } from '../../../services/calls/feedback';
import { checkInput } from '../../../services/forms/check-input';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { irreversible } from '../../../services/platform/confirm';

/** The city bureau sends a submitted table back with a reason the preparer reads (R12). */
export function ReturnForm({ month, unit, unitName, onDone }: { month: number; unit: MonthlyUnit; unitName: string; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const form = useFieldErrors({ reason }, (v) => checkInput(monthlyReportReturnInput, { month, unit, ...v }).problems);
  const [sending, setSending] = useState(false);
  const send = () =>
    irreversible({
      check: () => (form.validate() ? { month, unit, reason } : null),
      confirm: () => ({
        title: '退回统计表',
        content: `退回后${unitName}${month}月的表变为未提交，填表人会收到退回原因，可在 7 天内更正后重新提交。确定退回给${unitName}吗？`,
      }),
      async act(input) {
        setSending(true);
        const result = await callFunction('monthlyReportReturn', input);
        setSending(false);
        if (!result.ok) {
          form.serverSaid(result.error.fields);
          return tellFailure('未能退回', result.error);
        }
        void Taro.showToast({ title: '已退回', icon: 'success' });
        onDone();
      },
    });
  return (
    <View>
      <Field
        label="退回原因"
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
        name="return-reason"
        placeholder="例如：计算机应用专业的录取人数有误"
      />
      <Button type="primary" block loading={sending} onClick={() => void send()}>
        退回给{unitName}
      </Button>
    </View>
  );
}
