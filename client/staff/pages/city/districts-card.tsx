// 区县: the city's districts as the bureau admin edits them, each with the bureau that reviews its district schools, and what still uses it.
import { Text, View } from '@tarojs/components';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import { renamed, type DistrictRow } from './city-draft';

interface Props {
  districts: DistrictRow[];
  editable: boolean;
  /** the error at a path under `settings.` */
  e: (path: string) => string | undefined;
  onChange: (districts: DistrictRow[]) => void;
}

export function DistrictsCard({ districts, editable, e, onChange }: Props) {
  const setRow = (i: number, row: DistrictRow) => onChange(districts.map((r, j) => (j === i ? row : r)));
  return (
    <View className="card">
      <View className="section-title">区县</View>
      <Text className="muted">每个区县的区县属学校由它的教育局审核。已有学校、初中、工作人员或送培目标的区县不能改名或删除。</Text>
      {districts.map((row, i) => (
        <View key={i} className="city-district">
          <Field
            label={`第 ${i + 1} 个区县`}
            name={`district-${i}-name`}
            value={row.name}
            onChange={(name) => setRow(i, renamed(row, name))}
            error={e(`districts.${i}.name`)}
            placeholder="例如 某某区"
          />
          <Field
            label={`第 ${i + 1} 个区县的教育局`}
            name={`district-${i}-bureau`}
            value={row.bureauName}
            onChange={(bureauName) => setRow(i, { ...row, bureauName })}
            error={e(`districts.${i}.bureauName`)}
            placeholder="例如 某某区教育局"
          />
          {row.usedBy && <Text className="muted">在用：{row.usedBy}</Text>}
          {editable && (
            <Button size="small" onClick={() => onChange(districts.filter((_r, j) => j !== i))}>
              {`删除第 ${i + 1} 个区县`}
            </Button>
          )}
        </View>
      ))}
      {e('districts') && <Text className="field-error">{e('districts')}</Text>}
      {editable && (
        <Button size="small" onClick={() => onChange([...districts, { name: '', bureauName: '', usedBy: '' }])}>
          添加区县
        </Button>
      )}
    </View>
  );
}
