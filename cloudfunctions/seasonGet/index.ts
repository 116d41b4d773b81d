import { seasonGetInput, seasonGetOutput } from '../../shared/api/season';
import { auditActionLabels } from '../../shared/records/audit';
import { seasonIdOf } from '../../shared/records/season';
import { isPastSeason, settingChanges } from '../../shared/season-rules';
import { now } from '../_kit/platform/clock';
import { records } from '../_kit/platform/collections';
import { defineFunction } from '../_kit/platform/define';
import { failures } from '../_kit/platform/failures';
import { allSeasons, currentSeason } from '../_kit/season';
import { settingsOf, versionOf } from '../_kit/season-admin';

/** The settings page: a year's season, every change with who, when, before and after (R21). */
export const main = defineFunction({
  name: 'seasonGet',
  input: seasonGetInput,
  output: seasonGetOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler({ year }, caller) {
    const at = now();
    const inForce = await currentSeason(at);
    const season = year === undefined ? inForce : await records.seasons.get(seasonIdOf(year));
    if (!season) throw failures.seasonNotFound();
    const [seasons, changes] = await Promise.all([
      allSeasons(),
      records.auditLog.find({ subjectId: season._id }, { orderBy: [['at', 'desc']], limit: 100 }),
    ]);
    const past = isPastSeason(season, at);
    const district = caller.role === 'reviewer' && caller.scope.schoolKind === 'district' ? caller.scope.district : null;
    return {
      year: season.year,
      years: [...new Set([...seasons.map((s) => s.year), season.year])].sort(),
      inForce: season._id === inForce._id,
      settings: settingsOf(season),
      districts: district ? Object.fromEntries(Object.entries(season.districts).filter(([d]) => d === district)) : season.districts,
      version: versionOf(season),
      editable: caller.role === 'bureauAdmin' && !past,
      narrowable: past ? null : district,
      past,
      history: changes.map((c) => ({ at: c.at.toISOString(), actorName: c.actorName, action: auditActionLabels[c.action], changes: settingChanges(c.before, c.after) })),
    };
  },
});
