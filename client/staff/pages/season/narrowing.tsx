// A district reviewer's own dates for their district, within the city's windows (R21), and 保存本区日期.
import { View } from '@tarojs/components';
import type { SeasonView } from '../../../../shared/api/season';
import type { FieldErrors } from '../../../../shared/result-core';
import { Button, Cell } from '../../../components/ui';
import { windowFields } from '../../../services/forms/season-form';
import type { Narrowing } from './use-season';
import { WindowRow } from './window-row';

interface Props {
  v: SeasonView;
  district: string;
  narrowing: Narrowing;
  errors: FieldErrors;
  busy: boolean;
  onChange: (n: Narrowing) => void;
  onSave: () => void;
}

export function DistrictNarrowing({ v, district, narrowing, errors, busy, onChange, onSave }: Props) {
  return (
    <View className="season-form">
      <View className="section-title">{district}的日期（只能在市里的时间之内）</View>
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
              onChange={(w) => onChange({ ...narrowing, [key]: w })}
            />
            <Button size="small" onClick={() => onChange({ ...narrowing, [key]: undefined })}>
              改回按市里的时间
            </Button>
          </View>
        ) : (
          <Cell key={key} title={label} extra="按市里的时间" clickable onClick={() => onChange({ ...narrowing, [key]: v.settings[key] })} />
        );
      })}
      <View className="season-actions">
        <Button type="primary" block loading={busy} onClick={onSave}>
          保存本区日期
        </Button>
      </View>
    </View>
  );
}
