import type { CitySettings } from '../../../shared/records/city';
import { isPastSeason } from '../../../shared/season-rules';
import { now } from '../../_kit/platform/clock';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import { allSeasons } from '../season/season';

/**
 * R27: what still names each district — schools, junior highs (closed ones too: they keep their
 * history), active staff (district reviewers), and target sheets and season targets of years whose
 * work has not ended. A district in use cannot be renamed or removed: the records naming it would
 * be left with a district the city no longer has.
 */
export interface DistrictUse {
  schools: number;
  juniors: number;
  staff: number;
  targets: number;
}

export function totalUses(u: DistrictUse): number {
  return u.schools + u.juniors + u.staff + u.targets;
}

/** The uses in words: 3 所学校、12 所初中、1 名工作人员、1 份送培目标 (empty when none). */
export function usesInWords(u: DistrictUse): string {
  return [
    u.schools ? `${u.schools} 所学校` : '',
    u.juniors ? `${u.juniors} 所初中` : '',
    u.staff ? `${u.staff} 名工作人员` : '',
    u.targets ? `${u.targets} 份送培目标` : '',
  ]
    .filter(Boolean)
    .join('、');
}

/** How many records name each of these districts (four counts a district, side by side). */
export async function districtUses(districts: readonly string[]): Promise<Map<string, DistrictUse>> {
  const at = now();
  const seasons = (await allSeasons()).filter((s) => !isPastSeason(s, at));
  const entries = await Promise.all(
    districts.map(async (district): Promise<[string, DistrictUse]> => {
      const [schools, juniors, staff, sheets] = await Promise.all([
        records.schools.count({ district }),
        records.juniorSchools.count({ district }),
        records.staff.count({ district, status: _.neq('revoked') }),
        records.targetSheets.count({ district }),
      ]);
      const seasonTargets = seasons.filter(
        (s) => s.targets.some((t) => t.district === district) || Object.prototype.hasOwnProperty.call(s.districts, district),
      ).length;
      return [district, { schools, juniors, staff, targets: sheets + seasonTargets }];
    }),
  );
  return new Map(entries);
}

/**
 * The districts a change would rename or remove while records still name them, as field errors:
 * under the row that renamed one (its old place in the list), or under `districts` for one removed.
 */
export async function districtsStillUsed(before: readonly string[], after: CitySettings): Promise<Record<string, string>> {
  const kept = new Set(after.districts.map((d) => d.name));
  const gone = before.filter((d) => !kept.has(d));
  if (!gone.length) return {};
  const uses = await districtUses(gone);
  const problems: Record<string, string> = {};
  for (const district of gone) {
    const use = uses.get(district);
    if (!use || !totalUses(use)) continue;
    // renamed in place: the row now holding a name that was not there before; otherwise removed
    const index = before.indexOf(district);
    const renamed = index < after.districts.length && !before.includes(after.districts[index]?.name ?? '');
    const field = renamed ? `districts.${index}.name` : 'districts';
    const message = `${district}仍有 ${usesInWords(use)} 在用，不能改名或删除；请先把它们改到其他区县`;
    problems[field] = problems[field] ? `${problems[field]}；${message}` : message;
  }
  return problems;
}
