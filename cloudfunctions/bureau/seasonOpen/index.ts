import { seasonOpenInput, seasonOpenOutput } from '../../../shared/api/season';
import { seasonIdOf } from '../../../shared/records/season';
import { carriedForward, firstSeasonSettings } from '../../../shared/season-rules';
import { shanghaiDayOf } from '../../../shared/shanghai-date';
import { cityNames } from '../../domains/city/city';
import { audit } from '../../domains/staff/audit';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { inTransaction } from '../../_kit/platform/transaction';
import { allSeasons, forgetSeasons } from '../../domains/season/season';
import { seasonFailures } from '../../domains/season/failures';

/**
 * R21: a new year starts from a copy of the last, its dates moved on a year; only the next year opens.
 * R27: an empty city opens its first season, this year's or next, from the usual months.
 */
export const main = defineFunction({
  name: 'seasonOpen',
  input: seasonOpenInput,
  output: seasonOpenOutput,
  roles: ['bureauAdmin'],
  async handler({ year }, caller) {
    const at = now();
    forgetSeasons();
    const last = (await allSeasons()).at(-1);
    // Opening the year that is already the latest (a double tap) is done already.
    if (last && year === last.year) return { year };
    if (last && year !== last.year + 1) throw seasonFailures.seasonNotNext(last.year + 1);
    // R27: a city's first season starts from the usual months and neutral wording, for the bureau to set
    const thisYear = Number(shanghaiDayOf(at).slice(0, 4));
    if (!last && year !== thisYear && year !== thisYear + 1) throw seasonFailures.firstSeasonYear(thisYear);
    const id = seasonIdOf(year);
    const settings = last ? carriedForward(last, year) : firstSeasonSettings(year, (await cityNames()).bureauName);
    await inTransaction(async (tx) => {
      // Opened meanwhile by someone else: the same year is not opened twice.
      if (await tx.seasons.get(id)) return;
      await tx.seasons.add({ _id: id, year, ...settings, districts: {}, updatedAt: at });
      await audit(caller.staff, { action: 'season.open', subjectId: id, at, after: settings }, tx);
    });
    forgetSeasons();
    return { year };
  },
});
