import { Switch, Text, View } from '@tarojs/components';
import type { BrochureMine } from '../../../../shared/api/brochure-admin';
import type { BrochureFacts } from '../../../../shared/records/brochure';
import { majorModeLabels } from '../../../../shared/records/major';
import type { FieldErrors } from '../../../../shared/result';
import { Field } from '../../../components/field';

interface Props {
  registry: BrochureMine['majors'];
  chosen: BrochureFacts['majors'];
  errors: FieldErrors;
  onChange: (majors: BrochureFacts['majors']) => void;
}

/** The school's majors from the registry; only filed ones may be listed (R5), each with its places. */
export function MajorsEditor({ registry, chosen, errors, onChange }: Props) {
  return (
    <View>
      {registry.map((m) => {
        const index = chosen.findIndex((c) => c.majorId === m._id);
        const entry = chosen[index];
        return (
          <View key={m._id} className="editor-major">
            <View className="editor-row">
              <Text className={m.filed ? '' : 'muted'}>
                {m.name}（{majorModeLabels[m.mode]}）{m.filed ? '' : ' · 未备案，不能招生'}
              </Text>
              <Switch
                className="switch"
                checked={Boolean(entry)}
                ariaLabel={`招收${m.name}`}
                nativeProps={{ 'aria-label': `招收${m.name}`, role: 'switch' }}
                disabled={!m.filed && !entry}
                onChange={(e) => onChange(e.detail.value ? [...chosen, { majorId: m._id, places: 40 }] : chosen.filter((c) => c.majorId !== m._id))}
              />
            </View>
            {entry && (
              <Field
                label="计划招生人数"
                type="number"
                value={String(entry.places)}
                onChange={(v) => onChange(chosen.map((c) => (c.majorId === m._id ? { ...c, places: Number(v) || 0 } : c)))}
                error={errors[`majors.${index}.majorId`] ?? errors[`majors.${index}.places`]}
              />
            )}
          </View>
        );
      })}
      {errors.majors && <Text className="field-error">{errors.majors}</Text>}
    </View>
  );
}
