import { Input, Text, View } from '@tarojs/components';
import { Button } from '../../../components/ui';
import type { TargetRow } from '../../../services/forms/target-form';

/** 送培目标's rows (R11): a junior high's two numbers, typed by the bureau admin or read by others. */
export type Count = 'graduates' | 'sendingTarget';
const captions: Record<Count, string> = { graduates: '毕业生人数', sendingTarget: '送培目标' };

/**
 * One number of a junior high's row. The caption over it is short for the phone; its accessible
 * name is the school's name (the row's title, just above) and the caption, as a clerk hears it.
 */
function CountInput({ row, field, error, onChange }: { row: TargetRow; field: Count; error?: string; onChange: (value: string) => void }) {
  const label = `${row.name} ${captions[field]}`;
  return (
    <View className="targets-count">
      <Text className="targets-caption">{captions[field]}</Text>
      <Input
        className={`targets-input ${error ? 'targets-input-error' : ''}`}
        type="number"
        value={row[field]}
        name={`juniors.${row.juniorSchoolId}.${field}`}
        ariaLabel={label}
        nativeProps={{ 'aria-label': label, inputMode: 'numeric' }}
        onInput={(e) => onChange(e.detail.value)}
      />
      {error && <Text className="field-error">{error}</Text>}
    </View>
  );
}

/** The same numbers, read only (reviewers, past years). */
function ReadOnlyRow({ row }: { row: TargetRow }) {
  return (
    <View className="targets-row">
      <Text className="targets-name">{row.name}</Text>
      <Text className="muted">
        毕业生 {row.graduates || '未填'} 人 · 送培目标 {row.sendingTarget || '未填'} 人
      </Text>
    </View>
  );
}

type RowErrors = Partial<Record<Count | 'juniorSchoolId', string>>;

/** Every junior high of the district: boxes to type in, or the numbers read only. */
export function TargetRows({
  rows,
  editable,
  errors,
  onChange,
}: {
  rows: TargetRow[];
  editable: boolean;
  errors: Record<string, RowErrors | undefined>;
  onChange: (id: string, field: Count, value: string) => void;
}) {
  if (!editable)
    return (
      <>
        {rows.map((row) => (
          <ReadOnlyRow key={row.juniorSchoolId} row={row} />
        ))}
      </>
    );
  return (
    <>
      {rows.map((row) => (
        <View key={row.juniorSchoolId} className="targets-row">
          <Text className="targets-name">{row.name}</Text>
          <View className="targets-counts">
            <CountInput
              row={row}
              field="graduates"
              error={errors[row.juniorSchoolId]?.graduates}
              onChange={(value) => onChange(row.juniorSchoolId, 'graduates', value)}
            />
            <CountInput
              row={row}
              field="sendingTarget"
              error={errors[row.juniorSchoolId]?.sendingTarget}
              onChange={(value) => onChange(row.juniorSchoolId, 'sendingTarget', value)}
            />
          </View>
          {errors[row.juniorSchoolId]?.juniorSchoolId && <Text className="field-error">{errors[row.juniorSchoolId]?.juniorSchoolId}</Text>}
        </View>
      ))}
    </>
  );
}

export interface Imported {
  count: number;
  problems: Array<{ row: number; message: string }>;
}

/** The bureau's spreadsheet read into the rows (not yet saved), and each row it could not read. */
export function ImportedNote({ editable, busy, imported, onImport }: { editable: boolean; busy: boolean; imported: Imported | null; onImport: () => void }) {
  return (
    <>
      {editable && (
        <View className="targets-import">
          <Button size="small" loading={busy} onClick={onImport}>
            从表格导入
          </Button>
          <Text className="muted">表格需有“初中学校”“毕业生人数”“送培目标”三列，按校名对应；导入后请核对，再点“保存送培目标”。</Text>
        </View>
      )}
      {imported && (
        <View className="targets-imported" {...{ role: 'status' }}>
          <Text>已从表格读入 {imported.count} 所初中的数字，尚未保存。</Text>
          {imported.problems.map((p) => (
            <Text key={p.row} className="field-error">
              第 {p.row} 行：{p.message}
            </Text>
          ))}
        </View>
      )}
    </>
  );
}
