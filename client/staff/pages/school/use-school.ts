/** The registry's school page's state and calls (R22, R1, R5): the school's form, its majors and history as read, the major being edited, and the two saves. */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { FunctionInput } from '../../../../shared/api';
import { majorSaveInput, schoolSaveInput } from '../../../../shared/api/registry';
import type { MajorMode } from '../../../../shared/records/major';
import { checkInput } from '../../../services/forms/check-input';
import { callFunction } from '../../../services/calls/cloud';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';

export type SchoolForm = FunctionInput<'schoolSave'>;
export type MajorForm = Omit<FunctionInput<'majorSave'>, 'durationYears'> & { durationYears: string };
export type Loaded = {
  majors: Array<{ id: string; name: string; category: string; durationYears: number; mode: MajorMode; filed: boolean; filingNumber: string; version: number }>;
  history: Array<{ at: string; actorName: string; action: string; changes: Array<{ field: string; label: string; before: string; after: string }> }>;
};

export const blankMajor = (schoolId: string): MajorForm => ({
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

/** `params` the page's route: `id` the school opened (none for a new one), `year` the season's year a new school is added for. */
export function useSchool(params: { id?: string; year?: string }) {
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

  return { id, form, setForm, loaded, major, setMajor, busy, schoolErrors: schoolErrors.errors, majorErrors: majorErrors.errors, saveSchool, saveMajor };
}
