import { randomBytes } from 'node:crypto';
import { juniorKey, readJuniorRows, type ImportedJunior } from '../../../shared/junior-registry';
import { isOpenJunior, type JuniorSchool } from '../../../shared/records/content';
import type { RowProblem } from '../../../shared/sheet-rows';
import { settingChanges } from '../../../shared/changes';
import type { BureauAdminCaller, ReviewerCaller } from '../../_kit/platform/caller';
import { records } from '../../_kit/platform/collections';
import { failures } from '../../_kit/platform/failures';
import { nextRevision } from '../../_kit/platform/revision';
import type { Tx } from '../../_kit/platform/transaction';
import { comparable } from '../registry/import-plan';
import { registryFailures } from '../registry/failures';
import { cityNames, districtRowProblem } from '../city/city';
import { audit } from '../staff/audit';
import { juniorFailures } from './failures';
import { juniorSchoolsKept } from './junior-schools';

/**
 * R27: the junior highs' registry. The bureau admin keeps every district's junior highs; a district
 * reviewer keeps their own district's; the city's reviewers read it. A junior high is one name per
 * district (the unique index `district_name`) and one code in the city (`junior_code`); closing one
 * keeps the record — forms, leads, targets and counts still name it — and only stops it being
 * chosen for anything new (isOpenJunior). Every reader sees a change on its next call: the choice
 * form's picker and the invitation page read the registry afresh, and the checks of a submit read
 * a junior high afresh when the instance's minute-old list does not have it.
 */
export type RegistryCaller = BureauAdminCaller | ReviewerCaller;

/** The district a caller may change: `null` for every district (the bureau admin); `false` for none. */
export function editableDistrict(caller: RegistryCaller): string | null | false {
  if (caller.role === 'bureauAdmin') return null;
  return caller.scope.schoolKind === 'district' ? caller.scope.district : false;
}

/** Refuses a caller who may not change a junior high in `district`. */
export function assertMayEdit(caller: RegistryCaller, district: string, field: 'district' | null = null): void {
  const own = editableDistrict(caller);
  if (own === false) throw failures.forbidden();
  if (own !== null && district !== own) throw field ? juniorFailures.juniorOutsideDistrict(own) : failures.forbidden();
}

/** A new junior high's id: not derived from its name, which may change and be taken again. */
export function newJuniorId(): string {
  return `junior-${randomBytes(8).toString('hex')}`;
}

/**
 * Another junior high already holding this name in the district, or this code: a readable refusal
 * before the write (the unique indexes settle two writes at the same moment the same way).
 */
export async function assertNameAndCodeFree(id: string | undefined, junior: ImportedJunior): Promise<void> {
  const [sameName, sameCode] = await Promise.all([
    records.juniorSchools.find({ district: junior.district, name: junior.name }, { limit: 2 }),
    records.juniorSchools.find({ code: junior.code }, { limit: 2 }),
  ]);
  if (sameName.some((j) => j._id !== id)) throw juniorFailures.juniorNameTaken();
  if (sameCode.some((j) => j._id !== id)) throw juniorFailures.juniorCodeTaken();
}

/** The instance's kept list is dropped after a change, so this instance's next reads see it. */
export function forgetKeptJuniors(): void {
  juniorSchoolsKept.forget();
}

/** What a junior high's audit line and change list show: its facts, in words. */
export function juniorFacts(junior: Pick<JuniorSchool, 'name' | 'district' | 'code' | 'closedAt'> | undefined): Record<string, string> | undefined {
  if (!junior) return undefined;
  return { name: junior.name, district: junior.district, code: junior.code ?? '', status: isOpenJunior(junior) ? '开放' : '已关闭' };
}

export interface PlannedJunior {
  /** the junior high's key (district and name): a new one gets its id when written */
  key: string;
  /** the stored junior high this row sets, if any */
  id: string | undefined;
  name: string;
  record: ImportedJunior;
  before: JuniorSchool | undefined;
}

export interface JuniorImportPlan {
  writes: PlannedJunior[];
  added: PlannedJunior[];
  changed: PlannedJunior[];
  unchanged: number;
  problems: RowProblem[];
}

/**
 * What importing these rows would do to the registry: each junior high added, changed (its code),
 * or already as the sheet says; and the rows that cannot be imported — wrong cells, a name twice in
 * one district or a code twice in the file, a code that is another junior high's, a junior high the
 * registry has closed, or (for a district reviewer) another district's. Reads, never writes.
 */
export async function planJuniorImport(rows: string[][], own: string | null): Promise<JuniorImportPlan> {
  const [stored, city] = await Promise.all([records.juniorSchools.findAll({}), cityNames()]);
  const byKey = new Map(stored.map((j) => [juniorKey(j.district, j.name), j]));
  const byCode = new Map(stored.filter((j) => j.code).map((j) => [j.code ?? '', j]));
  const { items, problems: bad } = readJuniorRows(rows);
  const problems: RowProblem[] = [...bad];
  const seenKey = new Map<string, number>();
  const seenCode = new Map<string, number>();
  const writes: PlannedJunior[] = [];
  let unchanged = 0;
  for (const { row, value } of items) {
    const key = juniorKey(value.district, value.name);
    const existing = byKey.get(key);
    const codeOwner = byCode.get(value.code);
    const problem =
      // R27: a junior high is in one of the city's districts
      districtRowProblem(city, value.district) ??
      (own !== null && value.district !== own
        ? `只能导入本区县（${own}）的初中，这一行是${value.district}的`
        : seenKey.has(key)
          ? `与第 ${seenKey.get(key)} 行重复：同一区县不能有两所同名的初中`
          : seenCode.has(value.code)
            ? `学校代码与第 ${seenCode.get(value.code)} 行相同`
            : codeOwner && codeOwner._id !== existing?._id
              ? `学校代码 ${value.code} 已是名录中${codeOwner.name}（${codeOwner.district}）的`
              : existing && !isOpenJunior(existing)
                ? '名录中的这所初中已关闭；如需恢复，请在初中名录中恢复，或从表格中删去这一行'
                : null);
    if (!seenKey.has(key)) seenKey.set(key, row);
    if (!seenCode.has(value.code)) seenCode.set(value.code, row);
    if (problem) {
      problems.push({ row, message: problem });
      continue;
    }
    const record = { name: value.name, district: value.district, code: value.code };
    if (existing && comparable(record) === comparable({ name: existing.name, district: existing.district, code: existing.code })) unchanged += 1;
    else writes.push({ key, id: existing?._id, name: `${value.name}（${value.district}）`, record, before: existing });
  }
  problems.sort((a, b) => a.row - b.row);
  return { writes, added: writes.filter((w) => !w.before), changed: writes.filter((w) => w.before), unchanged, problems };
}

export function changesOfJunior(write: PlannedJunior) {
  return settingChanges(juniorFacts(write.before), juniorFacts(write.record));
}

/**
 * One planned junior high written as the sheet says, with its audit line — a stored one only if it
 * is still as the plan read it (its revision), a new one only if its name is still free in the
 * district (the unique index).
 */
export async function applyJuniorWrite(tx: Tx, write: PlannedJunior, at: Date, actor: { _id: string; name: string }): Promise<void> {
  const id = write.id ?? newJuniorId();
  const stored = write.id ? await tx.juniorSchools.get(write.id) : null;
  const revision = nextRevision(stored, write.before?.revision ?? 0, registryFailures.importChangedSincePreview);
  await tx.juniorSchools.set(id, { ...(stored?.closedAt ? { closedAt: stored.closedAt } : {}), ...write.record, updatedAt: at, revision });
  await audit(actor, { action: 'registry.junior', subjectId: id, at, before: juniorFacts(write.before), after: juniorFacts(write.record) }, tx);
}
