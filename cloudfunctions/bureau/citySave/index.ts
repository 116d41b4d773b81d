import { citySaveInput, citySaveOutput } from '../../../shared/api/city';
import { CITY_ID } from '../../../shared/records/city';
import { under } from '../../../shared/result';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { nextRevision } from '../../_kit/platform/revision';
import { inTransaction } from '../../_kit/platform/transaction';
import { forgetCity } from '../../domains/city/city';
import { districtsStillUsed } from '../../domains/city/city-admin';
import { cityFailures } from '../../domains/city/failures';
import { audit } from '../../domains/staff/audit';

/**
 * R27: the bureau admin sets the city's name, its bureau's, the signature and the districts (each
 * with the bureau that reviews its district schools, R2). Based on the revision the editor read (a
 * stale one is refused); a district that schools, junior highs, staff or targets still name cannot
 * be renamed or removed; audited with before and after. Every action reads it within a minute
 * (this instance at once).
 */
export const main = defineFunction({
  name: 'citySave',
  input: citySaveInput,
  output: citySaveOutput,
  roles: ['bureauAdmin'],
  async handler({ version, settings }, caller) {
    const stored = await records.city.get(CITY_ID);
    if ((stored?.revision ?? 0) !== version) throw cityFailures.cityChangedMeanwhile();
    const problems = await districtsStillUsed(stored?.districts.map((d) => d.name) ?? [], settings);
    if (Object.keys(problems).length) throw failures.invalid(under('settings', problems));
    const at = now();
    const revision = await inTransaction(async (tx) => {
      const current = await tx.city.get(CITY_ID);
      const next = nextRevision(current, version, cityFailures.cityChangedMeanwhile);
      await tx.city.set(CITY_ID, { ...settings, updatedAt: at, revision: next });
      const before = current ? { name: current.name, bureauName: current.bureauName, signature: current.signature, districts: current.districts } : undefined;
      await audit(caller.staff, { action: 'city.save', subjectId: CITY_ID, at, before, after: settings }, tx);
      return next;
    });
    forgetCity();
    return { version: revision };
  },
});
