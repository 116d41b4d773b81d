import { seasonSaveInput, seasonSaveOutput } from '../../../shared/api/season';
import { under } from '../../../shared/result';
import { admissionRulesProblems, isPastSeason, narrowingProblems, seasonProblems } from '../../../shared/season-rules';
import { audit } from '../../domains/staff/audit';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { unknownDistricts } from '../../domains/city/city';
import { changeSeason, changeableSeason, settingsOf } from '../../domains/season/season-admin';

/**
 * R21, R9: the city bureau sets a year's season in the product. The windows must be ordered and
 * inside the year; a past year is read-only; a change based on settings someone else has changed
 * since is refused; every change is in the audit trail with its before and after.
 */
export const main = defineFunction({
  name: 'seasonSave',
  input: seasonSaveInput,
  output: seasonSaveOutput,
  roles: ['bureauAdmin'],
  async handler({ year, version, settings }, caller) {
    const at = now();
    const season = await changeableSeason(year, at);
    // R26: the way of admission and its priorities are fixed once the choices are in
    const problems = { ...admissionRulesProblems(season, settings, at), ...seasonProblems(settings, year) };
    // a district's narrower window must still fit inside the city's new one (R21)
    for (const [district, narrowing] of Object.entries(season.districts)) {
      const outside = Object.keys(narrowingProblems(settings, narrowing, year));
      if (outside.length)
        problems[outside[0] ?? 'choices.start'] ??= `${district}已把这一时间调整在市里的时间之内；市里的新时间不能把它排除在外，请先与${district}协调`;
    }
    // a season whose work would already be over is read-only from that moment: not by mistake (R4, R21)
    if (isPastSeason(settings, at)) problems.workEnds ??= '招生工作结束日期不能早于今天；结束后这一年度的设置只能查看';
    // R27: each district target is one of the city's districts
    Object.assign(problems, { ...(await unknownDistricts(settings.targets.map((t, i) => [`targets.${i}.district`, t.district] as const))), ...problems });
    if (Object.keys(problems).length) throw failures.invalid(under('settings', problems));
    const revision = await changeSeason(year, version, async (tx, stored, next) => {
      await tx.seasons.update(stored._id, { ...settings, updatedAt: at, revision: next });
      await audit(caller.staff, { action: 'season.save', subjectId: stored._id, at, before: settingsOf(stored), after: settings }, tx);
    });
    return { year, version: revision };
  },
});
