import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { SeasonView } from '../../../../shared/api/season';
import type { Window } from '../../../../shared/records/season';
import type { Result } from '../../../../shared/result';
import { formatDay } from '../../../../shared/shanghai-date';
import { formatMoment } from '../../../../shared/time';
import { Check, Chips } from '../../../components/chips';
import { DateField } from '../../../components/date-field';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { admissionModeLabels, laterRoundsLabels, prioritiesInWords } from '../../../../shared/admission-mode';
import {
  checkSettings,
  dayFields,
  priorityMenu,
  settingsOf,
  toForm,
  togglePriority,
  windowError,
  windowFields,
  type SettingsForm,
} from '../../../services/forms/season-form';
import { useFunction } from '../../../services/calls/use-function';
import { FirstSeason } from './first-season';
import './index.scss';

/** Two days of a window on one row; its error under them. */
function WindowRow({
  label,
  name,
  year,
  value,
  error,
  disabled,
  onChange,
}: {
  label: string;
  name: string;
  year: number;
  value: Window;
  error?: string;
  disabled: boolean;
  onChange: (w: Window) => void;
}) {
  if (disabled) return <Cell title={label} extra={`${formatDay(value.start)} 至 ${formatDay(value.end)}`} />;
  const bounds = seasonDays(year);
  return (
    <View className="season-window">
      <DateField label={`${label}：开始`} value={value.start} onChange={(start) => onChange({ ...value, start })} name={`${name}.start`} {...bounds} />
      <DateField label={`${label}：结束`} value={value.end} onChange={(end) => onChange({ ...value, end })} error={error} name={`${name}.end`} {...bounds} />
    </View>
  );
}

/** The days a season's date may be picked among: its year, and the years either side (the server checks the rest). */
const seasonDays = (year: number) => ({ start: `${year - 1}-01-01`, end: `${year + 1}-12-31` });

/**
 * 招生季设置 (R21): the bureau admin sets a year's dates, choices, filing format and targets; a
 * district reviewer narrows their district's windows; everyone with access sees every change.
 */
export default function SeasonPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const view = useFunction('seasonGet', year === undefined ? {} : { year });
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [narrowing, setNarrowing] = useState<Partial<Record<'publicity' | 'choices' | 'admission', Window>>>({});
  const [busy, setBusy] = useState(false);
  // The settings are checked on the phone with the server's schema and rules (their errors go as each
  // field is right); a district's narrowing only by the server (its errors go when their day changes).
  const fieldErrors = useFieldErrors({ settings: form ? settingsOf(form) : null, narrowing }, () =>
    form && view.data ? checkSettings(form, view.data.year).problems : {},
  );
  const errors = fieldErrors.errors;

  useEffect(() => {
    if (!view.data) return;
    setForm(toForm(view.data.settings));
    setNarrowing(view.data.narrowable ? (view.data.districts[view.data.narrowable] ?? {}) : {});
    fieldErrors.clear();
  }, [view.data]);

  const patch = (p: Partial<SettingsForm>) => setForm((f) => (f ? { ...f, ...p } : f));

  async function save(v: SeasonView) {
    if (!form) return;
    const { settings, problems } = checkSettings(form, v.year);
    fieldErrors.reveal(problems);
    if (!settings) {
      void Taro.showToast({ title: '请按提示修改', icon: 'none' });
      return;
    }
    await sent(() => callFunction('seasonSave', { year: v.year, version: v.version, settings }));
  }

  /** Sends a change; its refusal shows under the fields, its success reloads what the server holds. */
  async function sent(send: () => Promise<Result<unknown>>) {
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (!result.ok) {
      fieldErrors.serverSaid(result.error.fields);
      tellFailure('未能保存', result.error);
      return;
    }
    await Taro.showToast({ title: '已保存', icon: 'success' });
    view.reload();
  }

  async function narrow(v: SeasonView) {
    await sent(() => callFunction('seasonNarrow', { year: v.year, version: v.version, narrowing }));
  }

  async function openNext(v: SeasonView) {
    const next = Math.max(...v.years) + 1;
    if (!(await ask({ title: `开启 ${next} 年度`, content: `将复制 ${next - 1} 年的设置，日期顺延一年，开启后请逐项核对。确定开启 ${next} 年度吗？` }))) return;
    const result = await callFunction('seasonOpen', { year: next });
    if (!result.ok) return tellFailure('未能开启', result.error);
    setYear(next);
  }

  return (
    <View className="page">
      {/* R27: a city with no season yet opens its first one here */}
      {view.error?.code === 'NOT_FOUND' && !view.data ? (
        <FirstSeason onOpened={(y) => (y === year ? view.reload() : setYear(y))} />
      ) : (
        <LoadState {...view}>
          {(v) => (
            <View>
              <Chips options={v.years.map((y) => ({ value: String(y), label: `${y} 年` }))} value={String(v.year)} onChange={(y) => y && setYear(Number(y))} />
              <Text className="muted">
                {v.past ? '这一年度的招生工作已经结束，设置只能查看。' : v.inForce ? '当前执行中的招生年度。' : '尚未开始执行的年度。'}
                {v.editable ? '' : v.narrowable ? `您可以在市里的时间之内调整${v.narrowable}的日期。` : ''}
              </Text>
              {form && (
                <View className="season-form">
                  <View className="section-title">各阶段时间</View>
                  {windowFields.map((w) => (
                    <WindowRow
                      key={w.key}
                      label={w.label}
                      name={`settings.${w.path}`}
                      year={v.year}
                      value={form.windows[w.key]}
                      error={windowError(errors, w.path)}
                      disabled={!v.editable}
                      onChange={(value) => patch({ windows: { ...form.windows, [w.key]: value } })}
                    />
                  ))}
                  {dayFields.map((d) =>
                    v.editable ? (
                      <DateField
                        key={d.key}
                        label={d.label}
                        value={form[d.key]}
                        onChange={(value) => patch({ [d.key]: value })}
                        error={errors[`settings.${d.key}`]}
                        name={d.key}
                        {...seasonDays(v.year)}
                      />
                    ) : (
                      <Cell key={d.key} title={d.label} extra={formatDay(form[d.key])} />
                    ),
                  )}
                  <View className="section-title">志愿与备案</View>
                  {v.editable ? (
                    <View>
                      <Field
                        label="可填报志愿数"
                        type="number"
                        value={form.maxChoices}
                        onChange={(maxChoices) => patch({ maxChoices })}
                        error={errors['settings.maxChoices']}
                        name="maxChoices"
                      />
                      <Check
                        checked={form.tuitionExempt}
                        label="全日制学生免学费（简章中不得收取学费）"
                        onChange={(tuitionExempt) => patch({ tuitionExempt })}
                      />
                      <View className="section-title">录取方式</View>
                      <Chips
                        options={(['school', 'unified'] as const).map((m) => ({ value: m, label: admissionModeLabels[m] }))}
                        value={form.admissionMode}
                        onChange={(admissionMode) => admissionMode && patch({ admissionMode })}
                      />
                      {errors['settings.admissionMode'] && <Text className="field-error">{errors['settings.admissionMode']}</Text>}
                      {form.admissionMode === 'unified' && (
                        <View>
                          <Text className="muted">优先顺序（按勾选的先后）：{prioritiesInWords(form.priorities)}</Text>
                          {priorityMenu.map((p) => (
                            <Check
                              key={p.criterion.kind}
                              checked={form.priorities.some((c) => c.kind === p.criterion.kind)}
                              label={p.label}
                              onChange={() => patch({ priorities: togglePriority(form.priorities, p.criterion) })}
                            />
                          ))}
                          {errors['settings.priorities'] && <Text className="field-error">{errors['settings.priorities']}</Text>}
                          <Text className="muted">第一轮由教育局确认。家庭放弃、逾期未答复或学校未予录取空出的名额，在之后的轮次里递补给候补的学生：</Text>
                          <Chips
                            options={(['bureau', 'automatic'] as const).map((m) => ({ value: m, label: laterRoundsLabels[m] }))}
                            value={form.laterRounds}
                            onChange={(laterRounds) => laterRounds && patch({ laterRounds })}
                          />
                          {errors['settings.laterRounds'] && <Text className="field-error">{errors['settings.laterRounds']}</Text>}
                          {form.laterRounds === 'automatic' && (
                            <View>
                              <Text className="muted">
                                所有家庭答复（或逾期视为放弃）之后，如有空出的名额和候补的学生，系统会自动进行下一轮；录取时间结束后不再进行。
                              </Text>
                              <Field
                                label="最多进行几轮（含第一轮）"
                                type="number"
                                value={form.maxRounds}
                                onChange={(maxRounds) => patch({ maxRounds })}
                                error={errors['settings.maxRounds']}
                                name="maxRounds"
                              />
                              <Text className="muted">达到轮数后统一录取结束，还没有被录取的学生由还有名额的学校补录。</Text>
                            </View>
                          )}
                        </View>
                      )}
                      <Field
                        label="备案编号格式（规则）"
                        value={form.filingPattern}
                        onChange={(filingPattern) => patch({ filingPattern })}
                        error={errors['settings.filingNumber.pattern']}
                        name="filingPattern"
                      />
                      <Field
                        label="备案编号示例"
                        value={form.filingExample}
                        onChange={(filingExample) => patch({ filingExample })}
                        error={errors['settings.filingNumber.example']}
                        name="filingExample"
                      />
                      <Field
                        label="备案标识（简章上显示）"
                        value={form.filingMark}
                        onChange={(filingMark) => patch({ filingMark })}
                        error={errors['settings.filingMark']}
                        name="filingMark"
                      />
                      <View className="section-title">月报</View>
                      <Field
                        label="报送月份（用逗号分隔）"
                        value={form.months}
                        onChange={(months) => patch({ months })}
                        error={errors['settings.monthlyReports.months'] ?? errors['settings.monthlyReports.months.0']}
                        name="months"
                      />
                      <Field
                        label="每月报送截止日"
                        type="number"
                        value={form.dueDay}
                        onChange={(dueDay) => patch({ dueDay })}
                        error={errors['settings.monthlyReports.dueDay']}
                        name="dueDay"
                      />
                      <Field
                        label="每月提醒日"
                        type="number"
                        value={form.reminderDay}
                        onChange={(reminderDay) => patch({ reminderDay })}
                        error={errors['settings.monthlyReports.reminderDay']}
                        name="reminderDay"
                      />
                      <View className="section-title">招生目标</View>
                      {form.targets.map((t, i) => (
                        <View key={i} className="season-target">
                          <Field
                            label="区县"
                            value={t.district}
                            onChange={(district) => patch({ targets: form.targets.map((x, j) => (j === i ? { ...x, district } : x)) })}
                            error={errors[`settings.targets.${i}.district`]}
                            name={`target-${i}-district`}
                          />
                          <Field
                            label="区属学校指标"
                            type="number"
                            value={t.ownSchoolsQuota}
                            onChange={(ownSchoolsQuota) => patch({ targets: form.targets.map((x, j) => (j === i ? { ...x, ownSchoolsQuota } : x)) })}
                            error={errors[`settings.targets.${i}.ownSchoolsQuota`]}
                            name={`target-${i}-quota`}
                          />
                          <Field
                            label="总目标"
                            type="number"
                            value={t.total}
                            onChange={(total) => patch({ targets: form.targets.map((x, j) => (j === i ? { ...x, total } : x)) })}
                            error={errors[`settings.targets.${i}.total`]}
                            name={`target-${i}-total`}
                          />
                        </View>
                      ))}
                      <Button size="small" onClick={() => patch({ targets: [...form.targets, { district: '', ownSchoolsQuota: '0', total: '0' }] })}>
                        添加区县目标
                      </Button>
                      <View className="season-actions">
                        <Button type="primary" block loading={busy} onClick={() => void save(v)}>
                          保存设置
                        </Button>
                      </View>
                    </View>
                  ) : (
                    <CellGroup>
                      <Cell title="可填报志愿数" extra={form.maxChoices} />
                      <Cell title="录取方式" extra={admissionModeLabels[form.admissionMode]} />
                      {form.admissionMode === 'unified' && <Cell title="优先顺序" extra={prioritiesInWords(form.priorities)} />}
                      {form.admissionMode === 'unified' && (
                        <Cell
                          title="第二轮起"
                          extra={form.laterRounds === 'automatic' ? `${laterRoundsLabels.automatic}（最多 ${form.maxRounds} 轮）` : laterRoundsLabels.bureau}
                        />
                      )}
                      <Cell title="备案编号示例" extra={form.filingExample} />
                      <Cell title="备案标识" extra={form.filingMark} />
                    </CellGroup>
                  )}
                </View>
              )}
              {v.narrowable && (
                <View className="season-form">
                  <View className="section-title">{v.narrowable}的日期（只能在市里的时间之内）</View>
                  {(['publicity', 'choices', 'admission'] as const).map((key) => {
                    const label = windowFields.find((w) => w.key === key)?.label ?? key;
                    const value = narrowing[key];
                    return value ? (
                      <View key={key}>
                        <WindowRow
                          label={label}
                          name={`narrowing.${key}`}
                          year={v.year}
                          value={value}
                          error={errors[`narrowing.${key}.start`] ?? errors[`narrowing.${key}.end`]}
                          disabled={false}
                          onChange={(w) => setNarrowing({ ...narrowing, [key]: w })}
                        />
                        <Button size="small" onClick={() => setNarrowing({ ...narrowing, [key]: undefined })}>
                          改回按市里的时间
                        </Button>
                      </View>
                    ) : (
                      <Cell key={key} title={label} extra="按市里的时间" clickable onClick={() => setNarrowing({ ...narrowing, [key]: v.settings[key] })} />
                    );
                  })}
                  <View className="season-actions">
                    <Button type="primary" block loading={busy} onClick={() => void narrow(v)}>
                      保存本区日期
                    </Button>
                  </View>
                </View>
              )}
              {v.editable && v.inForce && (
                <View className="season-actions">
                  <Button block onClick={() => void openNext(v)}>
                    开启下一年度
                  </Button>
                </View>
              )}
              <View className="section-title">修改记录</View>
              {v.history.length === 0 && <Text className="muted">还没有修改。</Text>}
              {v.history.map((h) => (
                <View key={h.at} className="season-history">
                  <Text className="season-history-head">
                    {formatMoment(h.at)} {h.actorName} {h.action}
                  </Text>
                  {h.changes.map((c) => (
                    <Text key={c.field} className="muted">
                      {c.label}：{c.before} → {c.after}
                    </Text>
                  ))}
                </View>
              ))}
            </View>
          )}
        </LoadState>
      )}
    </View>
  );
}
