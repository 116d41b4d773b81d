import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { callFunction } from '../services/calls/cloud';
import { Chips } from './chips';
import { Field } from './field';

/**
 * R27: the city's districts as the bureau set them (城市与区县), for a page that asks for one — read
 * once when the page opens, and only when `wanted` (a school admin's invitation page asks for none).
 * Empty until read, or when the caller may not read them.
 */
export function useCityDistricts(wanted = true): string[] {
  const [districts, setDistricts] = useState<string[]>([]);
  useEffect(() => {
    if (!wanted) return;
    void callFunction('cityGet', {}).then((r) => r.ok && setDistricts(r.data.districts.map((d) => d.name)));
  }, [wanted]);
  return districts;
}

/** A district field: typed, or one tap on one of the city's districts; the error under it. */
export function DistrictPicker({
  value,
  onChange,
  error,
  districts,
  name = 'district',
}: {
  value: string;
  onChange: (district: string) => void;
  error?: string;
  districts: readonly string[];
  name?: string;
}) {
  return (
    <View>
      <Field
        label="区县"
        value={value}
        onChange={onChange}
        error={error}
        name={name}
        placeholder={districts.length ? '从下面本市的区县中选择' : '例如 某某区'}
      />
      {districts.length > 0 && (
        <Chips
          options={districts.map((d) => ({ value: d, label: d }))}
          value={districts.includes(value) ? value : undefined}
          onChange={(d) => d && onChange(d)}
        />
      )}
    </View>
  );
}
