// A year's season settings: its windows and days, then the rest — edited by the bureau admin, read as a list by everyone else.
import { View } from '@tarojs/components';
import type { SeasonView } from '../../../../shared/api/season';
import type { FieldErrors } from '../../../../shared/result-core';
import { formatDay } from '../../../../shared/shanghai-date';
import { admissionModeLabels, laterRoundsLabels, prioritiesInWords } from '../../../../shared/admission-mode';
import { DateField } from '../../../components/date-field';
import { Cell, CellGroup } from '../../../components/ui';
import { dayFields, windowError, windowFields, type SettingsForm } from '../../../services/forms/season-form';
import { SettingsEditor } from './settings-editor';
import { seasonDays, WindowRow } from './window-row';

interface Props {
  v: SeasonView;
  form: SettingsForm;
  errors: FieldErrors;
  patch: (p: Partial<SettingsForm>) => void;
  busy: boolean;
  onSave: () => void;
}

export function SettingsForm({ v, form, errors, patch, busy, onSave }: Props) {
  return (
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
      {v.editable ? <SettingsEditor form={form} errors={errors} patch={patch} busy={busy} onSave={onSave} /> : <SettingsSummary form={form} />}
    </View>
  );
}

/** The settings as those who cannot change them read them. */
function SettingsSummary({ form }: { form: SettingsForm }) {
  return (
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
  );
}
