import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { downloadSpreadsheet } from '../../../services/calls/download-spreadsheet';
import { useFunction } from '../../../services/calls/use-function';
import { when } from './figures';
import { ReturnForm } from './return-form';
import { UnitMonth } from './unit-month';

/** The city's (or a district bureau's) view: each unit, submitted or not, its table and workbook; the roll-up. */
export function Units({ month, rollup, onMonths }: { month: number; rollup: boolean; onMonths: (months: number[]) => void }) {
  const list = useFunction('monthlyReportList', { month });
  const [open, setOpen] = useState<string | null>(null);
  const [returning, setReturning] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    if (list.data) onMonths(list.data.months);
  }, [list.data, onMonths]);
  return (
    <LoadState {...list}>
      {(l) => {
        const done = l.units.filter((u) => u.submitted).length;
        return (
          <View>
            <View className="section-title">
              {l.year}年{l.month}月统计表提交情况
            </View>
            <Text className="muted mr-note">
              应于 {l.due} 前提交。已提交 {done} 个单位，未提交 {l.units.length - done} 个。
            </Text>
            {rollup && (
              <Button
                type="primary"
                block
                loading={busy === 'rollup'}
                onClick={() =>
                  void downloadSpreadsheet(
                    () => callFunction('monthlyReportRollup', { month }),
                    (b) => setBusy(b ? 'rollup' : null),
                  )
                }
              >
                下载全市汇总表
              </Button>
            )}
            {l.units.map((u) => (
              <View key={u.unitKey} className="mr-unit">
                <Text className="mr-block-title">{u.unitName}</Text>
                <Text>
                  {u.submitted ? (
                    <>
                      {when(u.submitted.submittedAt)} 由{u.submitted.submittedByName}提交{u.submitted.late ? <Text className="mr-late">（逾期）</Text> : ''}
                      ；填表人 {u.submitted.preparerName} {u.submitted.preparerPhone}
                    </>
                  ) : u.returned ? (
                    `已退回（${when(u.returned.returnedAt)}，${u.returned.reason}），待 ${u.returned.resubmitBy} 前重新提交`
                  ) : (
                    '未提交'
                  )}
                </Text>
                <View className="mr-unit-actions">
                  <Button size="small" onClick={() => setOpen(open === u.unitKey ? null : u.unitKey)}>
                    {open === u.unitKey ? '收起' : '查看'}
                  </Button>
                  <Button
                    size="small"
                    loading={busy === u.unitKey}
                    onClick={() =>
                      void downloadSpreadsheet(
                        () => callFunction('monthlyReportExport', { month, unit: u.unit }),
                        (b) => setBusy(b ? u.unitKey : null),
                      )
                    }
                  >
                    下载 Excel
                  </Button>
                  {rollup && u.submitted && (
                    <Button size="small" onClick={() => setReturning(returning === u.unitKey ? null : u.unitKey)}>
                      {returning === u.unitKey ? '不退回' : '退回更正'}
                    </Button>
                  )}
                </View>
                {returning === u.unitKey && u.submitted && (
                  <ReturnForm
                    month={month}
                    unit={u.unit}
                    unitName={u.unitName}
                    onDone={() => {
                      setReturning(null);
                      list.reload();
                    }}
                  />
                )}
                {open === u.unitKey && <UnitMonth month={month} unit={u.unit} />}
              </View>
            ))}
          </View>
        );
      }}
    </LoadState>
  );
}
