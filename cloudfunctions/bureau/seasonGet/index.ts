import { seasonGetInput, seasonGetOutput } from '../../../shared/api/season';
import { auditActionLabels } from '../../../shared/records/audit';
import { settingChanges } from '../../../shared/changes';
import { isPastSeason, seasonInForce } from '../../../shared/season-rules';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { settingsOf } from '../../domains/season/season-admin';
import { seasonFailures } from '../../domains/season/failures';

/** The settings page: a year's season, every change with who, when, before and after (R21). */
export const main = defineFunction({
  name: 'seasonGet',
  input: seasonGetInput,
  output: seasonGetOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler({ year }, caller) {
    const at = now();
    // The settings page shows the database as it is now, not a copy kept for a minute: the person
    // who just saved must see what they saved (other functions may take up to a minute).
    const seasons = await records.seasons.find({}, { orderBy: [['year', 'asc']], limit: 100 });
    const inForce = seasonInForce(seasons, at);
    const season = year === undefined ? inForce : seasons.find((s) => s.year === year);
    if (!season || !inForce) throw seasonFailures.seasonNotFound();
    const changes = await records.auditLog.find({ subjectId: season._id }, { orderBy: [['at', 'desc']], limit: 100 });
    const past = isPastSeason(season, at);
    const district = caller.role === 'reviewer' && caller.scope.schoolKind === 'district' ? caller.scope.district : null;
    return {
      year: season.year,
      years: seasons.map((s) => s.year),
      inForce: season._id === inForce._id,
      settings: settingsOf(season),
      districts: district ? Object.fromEntries(Object.entries(season.districts).filter(([d]) => d === district)) : season.districts,
      version: season.revision,
      editable: caller.role === 'bureauAdmin' && !past,
      narrowable: past ? null : district,
      past,
      // a district reviewer sees the city's changes and their own district's, not other districts'
      history: changes
        .filter((c) => !district || c.action !== 'season.narrow' || Object.keys((c.after ?? {}) as object).includes(district))
        .map((c) => ({ at: c.at.toISOString(), actorName: c.actorName, action: auditActionLabels[c.action], changes: settingChanges(c.before, c.after) })),
    };
  },
});
