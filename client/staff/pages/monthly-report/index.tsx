import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { FunctionOutput } from '../../../../shared/api';
import { monthlyReportReturnInput, monthlyReportSubmitInput } from '../../../../shared/api/monthly-report';
import type { Figures, MonthlyTable, MonthlyUnit } from '../../../../shared/records/monthly-report';
import { inShanghai } from '../../../../shared/time';
import { Chips } from '../../../components/chips';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { checkInput } from '../../../services/check-input';
import { callFunction } from '../../../services/cloud';
import { irreversible } from '../../../services/confirm';
import { useFieldErrors } from '../../../services/field-errors';
import { tellFailure } from '../../../services/feedback';
import { downloadSpreadsheet } from '../../../services/download-spreadsheet';
import { useFunction } from '../../../services/use-function';
import './index.scss';

type Table = Omit<MonthlyTable, 'countedAt'> & { countedAt: string };

const FIGURES: Array<[keyof Figures, string]> = [
  ['choices', '志愿'],
  ['admitted', '录取'],
  ['enrolled', '报到'],
  ['registered', '注册'],
];
const when = (at: string) => inShanghai(at).format('M月D日 HH:mm');

/** The report month to open first: this month when it is one, else August. */
function firstMonth(): number {
  const m = inShanghai(new Date()).month() + 1;
  return m >= 8 && m <= 11 ? m : 8;
}

function MonthChips({ months, month, onChange }: { months: number[]; month: number; onChange: (m: number) => void }) {
  return <Chips options={months.map((m) => ({ value: String(m), label: `${m}月` }))} value={String(month)} onChange={(v) => v && onChange(Number(v))} />;
}

/** 本月 and 累计 of one line, under the four figures' names. */
function FigureGrid({ month, toDate }: { month: Figures; toDate: Figures }) {
  return (
    <View>
      <View className='mr-row mr-head'>
        <Text className='mr-cell-label' />
        {FIGURES.map(([k, label]) => (
          <Text key={k} className='mr-cell-number'>
            {label}
          </Text>
        ))}
      </View>
      {([['本月', month], ['累计', toDate]] as const).map(([label, f]) => (
        <View key={label} className='mr-row'>
          <Text className='mr-cell-label'>{label}</Text>
          {FIGURES.map(([k]) => (
            <Text key={k} className='mr-cell-number'>
              {f[k]}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/** The table as a phone shows it: a block per school and major, the total, and the learner groups. */
function FiguresTable({ table }: { table: Table }) {
  const severalSchools = new Set(table.rows.map((r) => r.schoolId)).size > 1;
  return (
    <View>
      {table.rows.length === 0 && <Text className='muted mr-note'>还没有已备案的招生专业或学生志愿。</Text>}
      {table.rows.map((r) => (
        <View key={`${r.schoolId}/${r.majorId ?? r.majorName}`} className='mr-block'>
          <Text className='mr-block-title'>
            {severalSchools ? `${r.schoolName} · ` : ''}
            {r.majorName}（计划 {r.planned} 人）
          </Text>
          <FigureGrid month={r.month} toDate={r.toDate} />
        </View>
      ))}
      <View className='mr-block'>
        <Text className='mr-block-title'>合计（计划 {table.totals.planned} 人）</Text>
        <FigureGrid month={table.totals.month} toDate={table.totals.toDate} />
      </View>
      <View className='section-title'>按学习者类别</View>
      {table.groups
        .filter((g) => g.toDate.choices + g.toDate.admitted + g.toDate.enrolled + g.toDate.registered > 0)
        .map((g) => (
          <View key={g.group} className='mr-block'>
            <Text className='mr-block-title'>{g.label}</Text>
            <FigureGrid month={g.month} toDate={g.toDate} />
          </View>
        ))}
      <Text className='muted mr-note'>
        志愿：填报本校的学生人数（按其在本校排序最前的专业计，不含已撤回）；录取：已录取、已报到及报到后离校的学生（放弃录取、未就读的不计）；报到：含报到后离校；注册：其中已确认学籍注册的。本月为该月 1 日至月末，累计为截至该月末。
      </Text>
    </View>
  );
}

/** One unit's month: the figures (frozen once submitted), 导出 Excel, and 提交 for its preparer. */
function UnitMonth({ month, unit, onMonths }: { month: number; unit?: MonthlyUnit; onMonths?: (months: number[]) => void }) {
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
          <View className='section-title'>
            {r.table.unitName} · {r.year}年{r.month}月招生情况统计表
          </View>
          {r.submitted ? (
            <Text className='mr-note'>
              已于 {when(r.submitted.submittedAt)} 由{r.submitted.submittedByName}提交
              {r.submitted.late ? <Text className='mr-late'>（逾期）</Text> : ''}，填表人 {r.submitted.preparerName}（{r.submitted.preparerPhone}）。下面是提交时的数字。
            </Text>
          ) : r.returned ? (
            <Text className='mr-note mr-returned'>
              {r.returned.returnedByName}于 {when(r.returned.returnedAt)} 退回了已提交的表：{r.returned.reason}。请更正后在 {r.returned.resubmitBy} 前重新提交；下面是截至 {when(r.table.countedAt)} 的实时数字。
            </Text>
          ) : r.overdue ? (
            <Text className='mr-note'>
              <Text className='mr-late'>已过 {r.due} 的报送期限，尚未提交，现在提交将标为逾期。</Text>下面是截至 {when(r.table.countedAt)} 的实时数字。
            </Text>
          ) : (
            <Text className='mr-note'>
              尚未提交，下面是截至 {when(r.table.countedAt)} 的实时数字。应于 {r.due} 前提交（{r.opens} 起可提交）。
            </Text>
          )}
          <FiguresTable table={r.table} />
          <Button block loading={exporting} onClick={() => void downloadSpreadsheet(() => callFunction('monthlyReportExport', unit ? { month, unit } : { month }), setExporting)}>
            导出 Excel
          </Button>
          {r.maySubmit && (
            <View>
              <View className='section-title'>提交</View>
              <Field label='填表人' value={preparer.name} onChange={(name) => setPreparer((p) => ({ ...p, name }))} error={form.errors['preparer.name']} name='preparer-name' />
              <Field label='联系电话' value={preparer.phone} onChange={(phone) => setPreparer((p) => ({ ...p, phone }))} error={form.errors['preparer.phone']} name='preparer-phone' placeholder='手机号或带区号的固定电话' />
              <Button type='primary' block loading={submitting} onClick={() => void submit(r)}>
                提交{r.month}月统计表
              </Button>
              <Text className='muted mr-note'>导出的表格打印后加盖公章，按教育局要求报送。</Text>
            </View>
          )}
          {r.submitNote && <Text className='muted mr-note'>{r.submitNote}</Text>}
        </View>
      )}
    </LoadState>
  );
}

/** The city bureau sends a submitted table back with a reason the preparer reads (R12). */
function ReturnForm({ month, unit, unitName, onDone }: { month: number; unit: MonthlyUnit; unitName: string; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const form = useFieldErrors({ reason }, (v) => checkInput(monthlyReportReturnInput, { month, unit, ...v }).problems);
  const [sending, setSending] = useState(false);
  const send = () =>
    irreversible({
      check: () => (form.validate() ? { month, unit, reason } : null),
      confirm: () => ({ title: '退回统计表', content: `退回后${unitName}${month}月的表变为未提交，填表人会收到退回原因，可在 7 天内更正后重新提交。确定退回给${unitName}吗？` }),
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
      <Field label='退回原因' value={reason} onChange={setReason} error={form.errors.reason} name='return-reason' placeholder='例如：计算机应用专业的录取人数有误' />
      <Button type='primary' block loading={sending} onClick={() => void send()}>
        退回给{unitName}
      </Button>
    </View>
  );
}

/** The city's (or a district bureau's) view: each unit, submitted or not, its table and workbook; the roll-up. */
function Units({ month, rollup, onMonths }: { month: number; rollup: boolean; onMonths: (months: number[]) => void }) {
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
            <View className='section-title'>
              {l.year}年{l.month}月统计表提交情况
            </View>
            <Text className='muted mr-note'>
              应于 {l.due} 前提交。已提交 {done} 个单位，未提交 {l.units.length - done} 个。
            </Text>
            {rollup && (
              <Button type='primary' block loading={busy === 'rollup'} onClick={() => void downloadSpreadsheet(() => callFunction('monthlyReportRollup', { month }), (b) => setBusy(b ? 'rollup' : null))}>
                下载全市汇总表
              </Button>
            )}
            {l.units.map((u) => (
              <View key={u.unitKey} className='mr-unit'>
                <Text className='mr-block-title'>{u.unitName}</Text>
                <Text>
                  {u.submitted ? (
                    <>
                      {when(u.submitted.submittedAt)} 由{u.submitted.submittedByName}提交{u.submitted.late ? <Text className='mr-late'>（逾期）</Text> : ''}；填表人 {u.submitted.preparerName} {u.submitted.preparerPhone}
                    </>
                  ) : u.returned ? (
                    `已退回（${when(u.returned.returnedAt)}，${u.returned.reason}），待 ${u.returned.resubmitBy} 前重新提交`
                  ) : (
                    '未提交'
                  )}
                </Text>
                <View className='mr-unit-actions'>
                  <Button size='small' onClick={() => setOpen(open === u.unitKey ? null : u.unitKey)}>
                    {open === u.unitKey ? '收起' : '查看'}
                  </Button>
                  <Button size='small' loading={busy === u.unitKey} onClick={() => void downloadSpreadsheet(() => callFunction('monthlyReportExport', { month, unit: u.unit }), (b) => setBusy(b ? u.unitKey : null))}>
                    下载 Excel
                  </Button>
                  {rollup && u.submitted && (
                    <Button size='small' onClick={() => setReturning(returning === u.unitKey ? null : u.unitKey)}>
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

/** R12 招生情况统计表: a city school or a district submits its month; the bureau sees who has and rolls them up. */
export default function MonthlyReportPage() {
  const home = useFunction('staffHome', {});
  const [month, setMonth] = useState(firstMonth);
  const [months, setMonths] = useState<number[]>([8, 9, 10, 11]);
  const keepMonths = useCallback((m: number[]) => setMonths((old) => (old.join() === m.join() ? old : m)), []);
  return (
    <View className='page'>
      <LoadState {...home}>
        {(w) => (
          <View>
            <MonthChips months={months} month={month} onChange={setMonth} />
            {w.role === 'schoolAdmin' && <UnitMonth month={month} onMonths={keepMonths} />}
            {(w.role === 'bureauAdmin' || w.role === 'reviewer') && <Units month={month} rollup={w.role === 'bureauAdmin'} onMonths={keepMonths} />}
            {w.role !== 'schoolAdmin' && w.role !== 'bureauAdmin' && w.role !== 'reviewer' && <Text className='muted mr-note'>招生情况月报由市属学校和区县教育局填报。</Text>}
          </View>
        )}
      </LoadState>
    </View>
  );
}
