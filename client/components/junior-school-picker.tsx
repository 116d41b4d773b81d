import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { groupJuniorSchools, type JuniorSchool } from '../services/views/junior-schools';
import { Field } from './field';
import { buttonProps } from './tappable';
import './junior-school-picker.scss';

interface Props {
  label: string;
  schools: readonly JuniorSchool[];
  value?: string;
  onChange: (id: string) => void;
  error?: string;
}

/**
 * The junior high, chosen among the district's 50–150 with one thumb: the field shows the choice;
 * tapping it opens a search box and the schools grouped by district, in large rows.
 */
export function JuniorSchoolPicker({ label, schools, value, onChange, error }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const chosen = schools.find((s) => s.id === value);
  const groups = useMemo(() => groupJuniorSchools(schools, query), [schools, query]);
  const toggle = () => setOpen((o) => !o);
  const choose = (id: string) => {
    onChange(id);
    setOpen(false);
    setQuery('');
  };
  return (
    <View className="junior-picker">
      <Text className="field-label">{label}</Text>
      <View
        className={`junior-picker-field tap-target ${error ? 'field-input-error' : ''}`}
        onClick={toggle}
        {...buttonProps(`${label}：${chosen ? chosen.name : '未选择'}`, toggle, { expanded: open })}
      >
        <View className="junior-picker-value">
          <Text className={chosen ? 'junior-picker-name' : 'junior-picker-placeholder'}>{chosen ? chosen.name : '点击选择，可按校名搜索'}</Text>
          {chosen && <Text className="junior-picker-district">{chosen.district}</Text>}
        </View>
        <Text className="junior-picker-action">{open ? '收起' : chosen ? '更换' : '选择'}</Text>
      </View>
      {error && <Text className="field-error">{error}</Text>}
      {open && (
        <View className="junior-picker-panel">
          <Field label="搜索初中学校" name="juniorSchoolSearch" value={query} onChange={setQuery} placeholder="输入校名中的任意几个字，如“二中”" />
          {groups.length === 0 && <Text className="muted">没有校名含“{query.trim()}”的初中，请换几个字试试。</Text>}
          {groups.map((g) => (
            <View key={g.district} className="junior-picker-group">
              <Text className="junior-picker-district-title" {...{ role: 'heading', 'aria-level': 3 }}>
                {g.district}
              </Text>
              {g.schools.map((s) => (
                <View
                  key={s.id}
                  className={`junior-picker-row tap-target ${s.id === value ? 'junior-picker-row-on' : ''}`}
                  onClick={() => choose(s.id)}
                  {...buttonProps(s.name, () => choose(s.id), { pressed: s.id === value })}
                >
                  <Text>{s.name}</Text>
                  {s.id === value && <Text className="junior-picker-check">已选</Text>}
                </View>
              ))}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
