/** A school's majors in the registry (R5): the list, each opened to edit, and the form that adds or changes one. */
import { View } from '@tarojs/components';
import { majorModeLabels, type MajorMode } from '../../../../shared/records/major';
import type { FieldErrors } from '../../../../shared/result';
import { Check, Chips } from '../../../components/chips';
import { Field } from '../../../components/field';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { blankMajor, type Loaded, type MajorForm } from './use-school';

interface MajorsProps {
  schoolId: string;
  majors: Loaded['majors'];
  /** the major being added or changed, if any */
  major: MajorForm | null;
  onMajor: (major: MajorForm | null) => void;
  errors: FieldErrors;
  busy: boolean;
  onSave: () => void;
}

export function Majors({ schoolId, majors, major, onMajor, errors, busy, onSave }: MajorsProps) {
  return (
    <>
      <View className="section-title">专业（未备案的专业不能招生）</View>
      <CellGroup>
        {majors.map((m) => (
          <Cell
            key={m.id}
            title={`${m.name}${m.filed ? '' : '（未备案）'}`}
            description={`${m.category} · ${m.durationYears} 年 · ${majorModeLabels[m.mode]}${m.filingNumber ? ` · ${m.filingNumber}` : ''}`}
            extra="修改"
            clickable
            onClick={() =>
              onMajor({
                id: m.id,
                version: m.version,
                schoolId,
                name: m.name,
                category: m.category,
                durationYears: String(m.durationYears),
                mode: m.mode,
                filed: m.filed,
                filingNumber: m.filingNumber,
              })
            }
          />
        ))}
      </CellGroup>
      {major ? (
        <View>
          <Field label="专业名称" value={major.name} onChange={(name) => onMajor({ ...major, name })} error={errors.name} name="major.name" />
          <Field
            label="专业类别"
            value={major.category}
            onChange={(category) => onMajor({ ...major, category })}
            error={errors.category}
            name="major.category"
          />
          <Field
            label="学制（年）"
            type="number"
            value={major.durationYears}
            onChange={(durationYears) => onMajor({ ...major, durationYears })}
            error={errors.durationYears}
            name="major.durationYears"
          />
          <Chips
            options={(Object.keys(majorModeLabels) as MajorMode[]).map((m) => ({ value: m, label: majorModeLabels[m] }))}
            value={major.mode}
            onChange={(mode) => mode && onMajor({ ...major, mode })}
          />
          <Check checked={major.filed} label="已在教育行政部门备案" onChange={(filed) => onMajor({ ...major, filed })} />
          <Field
            label="专业备案编号"
            value={major.filingNumber ?? ''}
            onChange={(filingNumber) => onMajor({ ...major, filingNumber })}
            error={errors.filingNumber}
            name="major.filingNumber"
          />
          <Button type="primary" block loading={busy} onClick={() => onSave()}>
            保存专业
          </Button>
        </View>
      ) : (
        <Button size="small" onClick={() => onMajor(blankMajor(schoolId))}>
          添加专业
        </Button>
      )}
    </>
  );
}
