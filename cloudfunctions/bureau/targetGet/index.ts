import { targetGetInput, targetGetOutput } from '../../../shared/api/targets';
import { isPastSeason } from '../../../shared/season-rules';
import { sheetCheck } from '../../../shared/targets';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { revisionOf } from '../../_kit/platform/revision';
import { defineFunction } from '../../_kit/platform/define';
import { allJuniorSchools, seasonOfYear, sheetIdOf, sheetJuniors, sheetsOf, visibleDistricts } from '../../domains/juniors/targets';
import { isOpenJunior, type JuniorSchool } from '../../../shared/records/content';

/**
 * R11: a district's target sheet — each junior high's graduates and sending target, and whether
 * they add up to the district's total. The bureau admin edits it; reviewers read their own scope.
 */
export const main = defineFunction({
  name: 'targetGet',
  input: targetGetInput,
  output: targetGetOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler(input, caller) {
    const [season, juniorSchools] = await Promise.all([seasonOfYear(input.year), allJuniorSchools()]);
    const { districts, district: asked } = visibleDistricts(caller, season, juniorSchools, input.district);
    // none asked: the page opens on a district with figures to read (a saved sheet), else one with junior highs (issue 25)
    const district = asked ?? (await districtWithData(season.year, districts, juniorSchools)) ?? null;
    const past = isPastSeason(season, now());
    const sheet = district ? await records.targetSheets.get(sheetIdOf(season.year, district)) : null;
    const target = season.targets.find((t) => t.district === district);
    const lines = new Map((sheet?.juniors ?? []).map((j) => [j.juniorSchoolId, j]));
    const juniors = sheetJuniors(juniorSchools, sheet)
      .filter((j) => j.district === district)
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
      .map((j) => ({
        juniorSchoolId: j._id,
        name: j.name,
        graduates: lines.get(j._id)?.graduates ?? null,
        sendingTarget: lines.get(j._id)?.sendingTarget ?? null,
      }));
    return {
      year: season.year,
      districts,
      district,
      ownSchoolsQuota: target?.ownSchoolsQuota ?? null,
      total: target?.total ?? null,
      juniors,
      check: sheetCheck(sheet?.juniors ?? [], target?.total ?? null),
      version: revisionOf(sheet),
      editable: caller.role === 'bureauAdmin' && !past && district !== null,
      past,
    };
  },
});

/** The first district with a saved sheet this year, else the first with an open junior high, else the first. */
async function districtWithData(year: number, districts: string[], juniors: JuniorSchool[]): Promise<string | undefined> {
  if (districts.length <= 1) return districts[0];
  const sheets = await sheetsOf(year);
  const withJuniors = new Set(juniors.filter(isOpenJunior).map((j) => j.district));
  return districts.find((d) => sheets.has(d)) ?? districts.find((d) => withJuniors.has(d)) ?? districts[0];
}
