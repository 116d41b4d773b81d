import { seasonNarrowInput, seasonNarrowOutput } from '../../../shared/api/season';
import { under } from '../../../shared/result';
import { narrowingProblems } from '../../../shared/season-rules';
import { audit } from '../../domains/staff/audit';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { changeSeason, changeableSeason, settingsOf } from '../../domains/season/season-admin';

/** R21: a district bureau narrows the city's windows for its own district, never wider, never another's. */
export const main = defineFunction({
  name: 'seasonNarrow',
  input: seasonNarrowInput,
  output: seasonNarrowOutput,
  roles: ['reviewer'],
  async handler({ year, version, narrowing }, caller) {
    if (caller.scope.schoolKind !== 'district') throw failures.forbidden();
    const { district } = caller.scope;
    const at = now();
    const season = await changeableSeason(year, at);
    const problems = narrowingProblems(settingsOf(season), narrowing, year);
    if (Object.keys(problems).length) throw failures.invalid(under('narrowing', problems));
    const revision = await changeSeason(year, version, async (tx, stored, next) => {
      const cleaned = Object.fromEntries(Object.entries(narrowing).filter(([, w]) => w));
      // replaced whole (a nested object would merge, keeping a window the district took back)
      await tx.seasons.update(stored._id, { districts: _.set({ ...stored.districts, [district]: cleaned }), updatedAt: at, revision: next });
      await audit(
        caller.staff,
        { action: 'season.narrow', subjectId: stored._id, at, before: { [district]: stored.districts[district] ?? {} }, after: { [district]: cleaned } },
        tx,
      );
    });
    return { year, district, version: revision };
  },
});
