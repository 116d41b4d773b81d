/** The school's own facts as the bureau edits them (R22, R1): name, kind, district, phone, campuses, this year's qualification, and 保存学校. */
import { View } from '@tarojs/components';
import type { FieldErrors } from '../../../../shared/result';
import { Check, Chips } from '../../../components/chips';
import { DistrictPicker } from '../../../components/district-picker';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import type { SchoolForm } from './use-school';

interface SchoolFieldsProps {
  form: SchoolForm;
  onChange: (form: SchoolForm) => void;
  errors: FieldErrors;
  /** the city's districts (R27), as useCityDistricts reads them */
  districts: string[];
  busy: boolean;
  onSave: () => void;
}

export function SchoolFields({ form, onChange, errors, districts, busy, onSave }: SchoolFieldsProps) {
  const q = form.qualification;
  const patch = (p: Partial<SchoolForm>) => onChange({ ...form, ...p });
  return (
    <>
      <Field label="学校名称" value={form.name} onChange={(name) => patch({ name })} error={errors.name} name="name" />
      <Chips
        options={[
          { value: 'district', label: '区县属学校' },
          { value: 'city', label: '市属学校' },
        ]}
        value={form.kind}
        onChange={(kind) => kind && patch({ kind })}
      />
      <DistrictPicker value={form.district} onChange={(district) => patch({ district })} error={errors.district} districts={districts} />
      <Field label="招生咨询电话" value={form.phone} onChange={(phone) => patch({ phone })} error={errors.phone} name="phone" />
      {form.campuses.map((c, i) => (
        <View key={i}>
          <Field
            label={`校区 ${i + 1} 名称`}
            value={c.name}
            onChange={(name) => patch({ campuses: form.campuses.map((x, j) => (j === i ? { ...x, name } : x)) })}
            error={errors[`campuses.${i}.name`]}
            name={`campuses.${i}.name`}
          />
          <Field
            label={`校区 ${i + 1} 地址`}
            value={c.address}
            onChange={(address) => patch({ campuses: form.campuses.map((x, j) => (j === i ? { ...x, address } : x)) })}
            error={errors[`campuses.${i}.address`]}
            name={`campuses.${i}.address`}
          />
        </View>
      ))}
      <Button size="small" onClick={() => patch({ campuses: [...form.campuses, { name: '', address: '' }] })}>
        添加校区
      </Button>
      <View className="section-title">{q.year} 年招生资质</View>
      <Check checked={q.qualified} label="列入省公布的招生资质名单" onChange={(qualified) => patch({ qualification: { ...q, qualified } })} />
      <Check checked={q.inspectionPassed} label="通过年检" onChange={(inspectionPassed) => patch({ qualification: { ...q, inspectionPassed } })} />
      <Field
        label="公布文号"
        value={q.reference ?? ''}
        onChange={(reference) => patch({ qualification: { ...q, reference } })}
        error={errors['qualification.reference']}
        name="reference"
      />
      <Button type="primary" block loading={busy} onClick={() => onSave()}>
        保存学校
      </Button>
    </>
  );
}
