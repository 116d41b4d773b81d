import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatMoment } from '../../../../shared/time';
import { useCityDistricts } from '../../../components/district-picker';
import { Majors } from './majors';
import { SchoolFields } from './school-fields';
import { useSchool } from './use-school';

/** R22, R1, R5: one school of the registry — its facts, this year's qualification, its majors, its history. */
export default function SchoolPage() {
  const { params } = useRouter();
  // R27: the school's district is one of the city's
  const districts = useCityDistricts();
  const { id, form, setForm, loaded, major, setMajor, busy, schoolErrors, majorErrors, saveSchool, saveMajor } = useSchool(params);

  if (!form)
    return (
      <View className="page">
        <Text className="muted">正在读取…</Text>
      </View>
    );
  return (
    <View className="page">
      <SchoolFields form={form} onChange={setForm} errors={schoolErrors} districts={districts} busy={busy} onSave={() => void saveSchool()} />

      {id && (
        <View>
          <Majors schoolId={id} majors={loaded.majors} major={major} onMajor={setMajor} errors={majorErrors} busy={busy} onSave={() => void saveMajor()} />
          <View className="section-title">修改记录</View>
          {loaded.history.map((h, i) => (
            <Text key={`${h.at}-${i}`} className="muted">
              {formatMoment(h.at)} {h.actorName} {h.action}：{h.changes.map((c) => `${c.label} ${c.before} → ${c.after}`).join('；')}
              {'\n'}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
