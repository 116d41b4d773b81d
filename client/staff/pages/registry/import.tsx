import { useState } from 'react';
import { View } from '@tarojs/components';
import { importColumns, type ImportKind } from '../../../../shared/registry-import';
import { Chips } from '../../../components/chips';
import { SheetImport } from '../../../components/sheet-import';
import { callFunction } from '../../../services/calls/cloud';

/** R22: the province's qualification list or filed majors, previewed, then imported on confirmation. */
export function RegistryImport({ onImported }: { onImported: () => void }) {
  const [kind, setKind] = useState<ImportKind>('schools');
  return (
    <View>
      <View className="section-title">导入表格（.xlsx 或 .csv）</View>
      <Chips
        options={[
          { value: 'schools', label: '学校招生资质名单' },
          { value: 'majors', label: '专业备案名单' },
        ]}
        value={kind}
        onChange={(k) => k && setKind(k)}
      />
      <SheetImport
        columns={importColumns[kind]}
        resetKey={kind}
        send={(file, digest) => callFunction('registryImport', { kind, ...file, ...(digest ? { confirm: true, digest } : {}) })}
        onImported={onImported}
      />
    </View>
  );
}
