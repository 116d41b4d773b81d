import { Switch, Text, View } from '@tarojs/components';
import type { FeeItem } from '../../../../shared/records/brochure';
import type { FieldErrors } from '../../../../shared/result';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';

interface Props {
  fees: FeeItem[];
  errors: FieldErrors;
  onChange: (fees: FeeItem[]) => void;
}

/** Fee items and standards (R3); tuition is marked so the server can hold it to zero (R16). */
export function FeesEditor({ fees, errors, onChange }: Props) {
  const set = (i: number, patch: Partial<FeeItem>) => onChange(fees.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <View>
      {fees.map((fee, i) => (
        <View key={i} className="editor-fee">
          <Field label="收费项目" value={fee.item} onChange={(item) => set(i, { item })} error={errors[`fees.${i}.item`]} />
          <Field label="收费标准" value={fee.standard} onChange={(standard) => set(i, { standard })} error={errors[`fees.${i}.standard`]} />
          <Field
            label="金额（元）"
            type="digit"
            value={String(fee.amountYuan)}
            onChange={(v) => set(i, { amountYuan: Number(v) || 0 })}
            error={errors[`fees.${i}.amountYuan`]}
          />
          <View className="editor-row">
            <Text>这是学费</Text>
            <Switch
              className="switch"
              checked={fee.isTuition}
              ariaLabel="这是学费"
              nativeProps={{ 'aria-label': '这是学费', role: 'switch' }}
              onChange={(e) => set(i, { isTuition: e.detail.value })}
            />
            <Button size="small" onClick={() => onChange(fees.filter((_f, j) => j !== i))}>
              删除此项
            </Button>
          </View>
        </View>
      ))}
      {errors.fees && <Text className="field-error">{errors.fees}</Text>}
      <Button size="small" onClick={() => onChange([...fees, { item: '', standard: '', amountYuan: 0, isTuition: false }])}>
        添加收费项目
      </Button>
    </View>
  );
}
