import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { FunctionOutput } from '../../../../shared/api';
import { monthlyReportSubmitInput } from '../../../../shared/api/monthly-report';
import type { MonthlyUnit } from '../../../../shared/records/monthly-report';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { checkInput } from '../../../services/forms/check-input';
import { callFunction } from '../../../services/calls/cloud';
import { irreversible } from '../../../services/platform/confirm';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { downloadSpreadsheet } from '../../../services/calls/download-spreadsheet';
import { useFunction } from '../../../services/calls/use-function';
import { FiguresTable, when } from './figures';

/** One unit's month: the figures (frozen once submitted), 导出 Excel, and 提交 for its preparer. */
export function UnitMonth({ month, unit, onMonths }: { month: number; unit?: MonthlyUnit; onMonths?: (months: number[]) => void }) {
  const report = useFunction('monthlyReportGet', unit ? { month, unit } : { month });
  const [exporting, setExporting] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [preparer, setPreparer] = useState({ name: '', phone: '' });
  const form = useFieldErrors({ preparer }, (v) => checkInput(monthlyReportSubmitInput, { month, ...v }).problems);
  useEffect(() => {
    if (report.data) onMonths?.(report.data.months);
  }, [report.data, onMonths]);

  const submit = (r: FunctionOutput<'monthlyReportGet'>) =>
    irreversible({
      check: () => (form.validate() ? { month: r.month, preparer } : null),
      confirm: () => ({
        title: `提交${r.month}月统计表`,
        content: `提交后教育局看到的是现在的数字，填表人${preparer.name}，不能再修改。确定提交${r.month}月统计表吗？`,
      }),
      async act(input) {
        setSubmitting(true);
        const result = await callFunction('monthlyReportSubmit', input);
        setSubmitting(false);
        if (!result.ok) {
          form.serverSaid(result.error.fields);
          return tellFailure('未能提交', result.error);
        }
        form.clear();
        void Taro.showToast({ title: '已提交', icon: 'success' });
        report.reload();
      },
    });

  return (
    <LoadState {...report}>
      {(r) => (
        <View>
          <View className="section-title">
            {r.table.unitName} · {r.year}年{r.month}月招生情况统计表
          </View>
          {r.submitted ? (
            <Text className="mr-note">
              已于 {when(r.submitted.submittedAt)} 由{r.submitted.submittedByName}提交
              {r.submitted.late ? <Text className="mr-late">（逾期）</Text> : ''}，填表人 {r.submitted.preparerName}（{r.submitted.preparerPhone}
              ）。下面是提交时的数字。
            </Text>
          ) : r.returned ? (
            <Text className="mr-note mr-returned">
              {r.returned.returnedByName}于 {when(r.returned.returnedAt)} 退回了已提交的表：{r.returned.reason}。请更正后在 {r.returned.resubmitBy}{' '}
              前重新提交；下面是截至 {when(r.table.countedAt)} 的实时数字。
            </Text>
          ) : r.overdue ? (
            <Text className="mr-note">
              <Text className="mr-late">已过 {r.due} 的报送期限，尚未提交，现在提交将标为逾期。</Text>下面是截至 {when(r.table.countedAt)} 的实时数字。
            </Text>
          ) : (
            <Text className="mr-note">
              尚未提交，下面是截至 {when(r.table.countedAt)} 的实时数字。应于 {r.due} 前提交（{r.opens} 起可提交）。
            </Text>
          )}
          <FiguresTable table={r.table} />
          <Button
            block
            loading={exporting}
            onClick={() => void downloadSpreadsheet(() => callFunction('monthlyReportExport', unit ? { month, unit } : { month }), setExporting)}
          >
            导出 Excel
          </Button>
          {r.maySubmit && (
            <View>
              <View className="section-title">提交</View>
              <Field
                label="填表人"
                value={preparer.name}
                onChange={(name) => setPreparer((p) => ({ ...p, name }))}
                error={form.errors['preparer.name']}
                name="preparer-name"
              />
              <Field
                label="联系电话"
                value={preparer.phone}
                onChange={(phone) => setPreparer((p) => ({ ...p, phone }))}
                error={form.errors['preparer.phone']}
                name="preparer-phone"
                placeholder="手机号或带区号的固定电话"
              />
              <Button type="primary" block loading={submitting} onClick={() => void submit(r)}>
                提交{r.month}月统计表
              </Button>
              <Text className="muted mr-note">导出的表格打印后加盖公章，按教育局要求报送。</Text>
            </View>
          )}
          {r.submitNote && <Text className="muted mr-note">{r.submitNote}</Text>}
        </View>
      )}
    </LoadState>
  );
}
