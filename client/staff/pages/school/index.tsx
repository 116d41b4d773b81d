import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { FunctionInput } from '../../../../shared/api';
import { majorSaveInput, schoolSaveInput } from '../../../../shared/api/registry';
import { majorModeLabels, type MajorMode } from '../../../../shared/records/major';
import { formatMoment } from '../../../../shared/time';
import { Check, Chips } from '../../../components/chips';
import { DistrictPicker, useCityDistricts } from '../../../components/district-picker';
import { Field } from '../../../components/field';
import { Button, Cell, CellGroup } from '../../../components/ui';
import { checkInput } from '../../../services/forms/check-input';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';

type SchoolForm = FunctionInput<'schoolSave'>;
type MajorForm = Omit<FunctionInput<'majorSave'>, 'durationYears'> & { durationYears: string };
type Loaded = {
  majors: Array<{ id: string; name: string; category: string; durationYears: number; mode: MajorMode; filed: boolean; filingNumber: string; version: number }>;
  history: Array<{ at: string; actorName: string; action: string; changes: Array<{ field: string; label: string; before: string; after: string }> }>;
};

const blankMajor = (schoolId: string): MajorForm => ({
  schoolId,
  name: '',
  category: '',
  durationYears: '3',
  mode: 'three-year',
  filed: true,
  filingNumber: '',
});
/** The major as majorSave takes it: an empty 学制 is asked for, not read as 0. */
const majorInput = (m: MajorForm) => ({ ...m, durationYears: m.durationYears.trim() === '' ? undefined : Number(m.durationYears) });

/** R22, R1, R5: one school of the registry — its facts, this year's qualification, its majors, its history. */
export default function SchoolPage() {
  const { params } = useRouter();
  // a new school is added for the season's year (the registry list passes it)
  const year = Number(params.year);
  const [id, setId] = useState(params.id);
  const [form, setForm] = useState<SchoolForm | null>(
    params.id
      ? null
      : {
          name: '',
          kind: 'district',
          district: '',
          phone: '',
          campuses: [{ name: '本部', address: '' }],
          qualification: { year, qualified: true, inspectionPassed: true, reference: '' },
        },
  );
  const [loaded, setLoaded] = useState<Loaded>({ majors: [], history: [] });
  const [major, setMajor] = useState<MajorForm | null>(null);
  const [busy, setBusy] = useState(false);
  // R27: the school's district is one of the city's
  const districts = useCityDistricts();
  // The school's and the major's errors apart (both have a 名称), each checked with its action's schema and gone once its field is right.
  const schoolErrors = useFieldErrors(form, (f) => (f ? checkInput(schoolSaveInput, f).problems : {}));
  const majorErrors = useFieldErrors(major, (m) => (m ? checkInput(majorSaveInput, majorInput(m)).problems : {}));

  async function load(schoolId: string) {
    const result = await callFunction('registrySchool', { id: schoolId });
    if (!result.ok) return tellFailure('未能读取', result.error);
    const { school, majors, history } = result.data;
    const q = school.qualifications.find((x) => x.year === result.data.year) ?? {
      year: result.data.year,
      qualified: false,
      inspectionPassed: false,
      reference: '',
    };
    setForm({
      id: school.id,
      version: result.data.version,
      name: school.name,
      kind: school.kind,
      district: school.district,
      phone: school.phone,
      campuses: school.campuses,
      qualification: q,
    });
    setLoaded({ majors, history });
  }
  useEffect(() => {
    if (id) void load(id);
  }, [id]);

  async function saveSchool() {
    if (!form || !schoolErrors.validate()) return;
    setBusy(true);
    const result = await callFunction('schoolSave', form);
    setBusy(false);
    if (!result.ok) {
      schoolErrors.serverSaid(result.error.fields);
      return tellFailure('未能保存', result.error);
    }
    schoolErrors.clear();
    await Taro.showToast({ title: '已保存', icon: 'success' });
    setId(result.data.id);
    await load(result.data.id);
  }

  async function saveMajor() {
    if (!major || !majorErrors.validate()) return;
    setBusy(true);
    const result = await callFunction('majorSave', { ...major, durationYears: Number(major.durationYears) });
    setBusy(false);
    if (!result.ok) {
      majorErrors.serverSaid(result.error.fields);
      return tellFailure('未能保存专业', result.error);
    }
    majorErrors.clear();
    setMajor(null);
    if (id) await load(id);
  }

  if (!form)
    return (
      <View className="page">
        <Text className="muted">正在读取…</Text>
      </View>
    );
  const q = form.qualification;
  const patch = (p: Partial<SchoolForm>) => setForm({ ...form, ...p });
  const errors = schoolErrors.errors;
  const majorError = majorErrors.errors;
  return (
    <View className="page">
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
      <Button type="primary" block loading={busy} onClick={() => void saveSchool()}>
        保存学校
      </Button>

      {id && (
        <View>
          <View className="section-title">专业（未备案的专业不能招生）</View>
          <CellGroup>
            {loaded.majors.map((m) => (
              <Cell
                key={m.id}
                title={`${m.name}${m.filed ? '' : '（未备案）'}`}
                description={`${m.category} · ${m.durationYears} 年 · ${majorModeLabels[m.mode]}${m.filingNumber ? ` · ${m.filingNumber}` : ''}`}
                extra="修改"
                clickable
                onClick={() =>
                  setMajor({
                    id: m.id,
                    version: m.version,
                    schoolId: id,
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
              <Field label="专业名称" value={major.name} onChange={(name) => setMajor({ ...major, name })} error={majorError.name} name="major.name" />
              <Field
                label="专业类别"
                value={major.category}
                onChange={(category) => setMajor({ ...major, category })}
                error={majorError.category}
                name="major.category"
              />
              <Field
                label="学制（年）"
                type="number"
                value={major.durationYears}
                onChange={(durationYears) => setMajor({ ...major, durationYears })}
                error={majorError.durationYears}
                name="major.durationYears"
              />
              <Chips
                options={(Object.keys(majorModeLabels) as MajorMode[]).map((m) => ({ value: m, label: majorModeLabels[m] }))}
                value={major.mode}
                onChange={(mode) => mode && setMajor({ ...major, mode })}
              />
              <Check checked={major.filed} label="已在教育行政部门备案" onChange={(filed) => setMajor({ ...major, filed })} />
              <Field
                label="专业备案编号"
                value={major.filingNumber ?? ''}
                onChange={(filingNumber) => setMajor({ ...major, filingNumber })}
                error={majorError.filingNumber}
                name="major.filingNumber"
              />
              <Button type="primary" block loading={busy} onClick={() => void saveMajor()}>
                保存专业
              </Button>
            </View>
          ) : (
            <Button size="small" onClick={() => setMajor(blankMajor(id))}>
              添加专业
            </Button>
          )}
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
