import { createHash } from 'node:crypto';
import { readRows, type ImportKind, type ImportedMajor, type ImportedSchool, type RowProblem } from '../../../shared/registry-import';
import type { Major } from '../../../shared/records/major';
import type { School } from '../../../shared/records/school';
import { settingChanges } from '../../../shared/changes';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import { comparable, withoutBookkeeping } from './import-plan';
import { cityNames, districtRowProblem } from '../city/city';

export interface PlannedWrite {
  collection: 'schools' | 'majors';
  id: string;
  name: string;
  /** what the sheet says, without the bookkeeping the write adds (when, which revision) */
  record: Omit<School, '_id' | 'revision'> | Omit<Major, '_id' | 'revision'>;
  /** the record as the plan read it */
  before: School | Major | undefined;
}

export interface ImportPlan {
  writes: PlannedWrite[];
  added: PlannedWrite[];
  changed: PlannedWrite[];
  unchanged: number;
  problems: RowProblem[];
}

const key = (name: string, district: string) => `${name}\u0000${district}`;
const idFor = (prefix: string, text: string) => `${prefix}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
function schoolFrom(row: ImportedSchool, existing: School | undefined): Omit<School, '_id' | 'revision'> {
  const qualification = {
    year: row.year,
    qualified: row.qualified,
    inspectionPassed: row.inspectionPassed,
    ...(row.reference ? { reference: row.reference } : {}),
  };
  const campuses = existing?.campuses.length
    ? existing.campuses.map((c, i) => (i === 0 ? { ...c, address: row.address } : c))
    : [{ name: '本部', address: row.address }];
  const qualifications = [...(existing?.qualifications ?? []).filter((q) => q.year !== row.year), qualification].sort((a, b) => a.year - b.year);
  return { name: row.name, kind: row.kind, district: row.district, phone: row.phone, campuses, qualifications };
}

function majorFrom(row: ImportedMajor, schoolId: string): Omit<Major, '_id' | 'revision'> {
  return {
    schoolId,
    name: row.name,
    category: row.category,
    durationYears: row.durationYears,
    mode: row.mode,
    filed: row.filed,
    ...(row.filingNumber ? { filingNumber: row.filingNumber } : {}),
  };
}

/**
 * R22: what importing these rows would do to the registry — each school or major added, changed,
 * or already as the sheet says — and the rows that say nothing usable. Reads, never writes.
 */
export async function planImport(kind: ImportKind, rows: string[][]): Promise<ImportPlan> {
  const [schools, city] = await Promise.all([records.schools.findAll({}), cityNames()]);
  const byName = new Map(schools.map((s) => [key(s.name, s.district), s]));
  const writes: PlannedWrite[] = [];
  const seen = new Map<string, number>();
  const problems: RowProblem[] = [];
  let unchanged = 0;
  const plan = (
    row: number,
    id: string,
    name: string,
    collection: PlannedWrite['collection'],
    record: PlannedWrite['record'],
    before: School | Major | undefined,
  ) => {
    const duplicate = seen.get(id);
    if (duplicate) return problems.push({ row, message: `与第 ${duplicate} 行重复` });
    seen.set(id, row);
    if (comparable(before) === comparable(record)) unchanged += 1;
    else writes.push({ collection, id, name, record, before });
    return undefined;
  };
  if (kind === 'schools') {
    const { items, problems: bad } = readRows('schools', rows);
    problems.push(...bad);
    for (const { row, value } of items) {
      // R27: a school is in one of the city's districts
      const unknown = districtRowProblem(city, value.district);
      if (unknown) {
        problems.push({ row, message: unknown });
        continue;
      }
      const existing = byName.get(key(value.name, value.district));
      plan(row, existing?._id ?? idFor('school', key(value.name, value.district)), value.name, 'schools', schoolFrom(value, existing), existing);
    }
  } else {
    const { items, problems: bad } = readRows('majors', rows);
    problems.push(...bad);
    const schoolIds = [...new Set(items.map(({ value }) => byName.get(key(value.schoolName, value.district))?._id).filter((id): id is string => Boolean(id)))];
    const majors = schoolIds.length ? await records.majors.findAll({ schoolId: _.in(schoolIds) }) : [];
    const majorByName = new Map(majors.map((m) => [key(m.schoolId, m.name), m]));
    for (const { row, value } of items) {
      const school = byName.get(key(value.schoolName, value.district));
      if (!school) {
        problems.push({ row, message: `名录中没有这所学校：${value.schoolName}（${value.district}）；请先导入或添加学校` });
        continue;
      }
      const existing = majorByName.get(key(school._id, value.name));
      plan(
        row,
        existing?._id ?? idFor('major', key(school._id, value.name)),
        `${value.schoolName} · ${value.name}`,
        'majors',
        majorFrom(value, school._id),
        existing,
      );
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { writes, added: writes.filter((w) => !w.before), changed: writes.filter((w) => w.before), unchanged, problems };
}

export function changesOf(write: PlannedWrite) {
  return settingChanges(withoutBookkeeping(write.before), write.record);
}
