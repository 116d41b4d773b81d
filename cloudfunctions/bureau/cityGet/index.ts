import { cityGetInput, cityGetOutput } from '../../../shared/api/city';
import { defineFunction } from '../../_kit/platform/define';
import { cityNow } from '../../domains/city/city';
import { districtUses, totalUses, usesInWords } from '../../domains/city/city-admin';

/**
 * R27: the city's identity and districts as stored now (not the instance's minute-old copy: the
 * person who just saved must see what they saved), with how many records name each district. The
 * bureau's pages that offer a district read it; only the bureau admin changes it (citySave).
 */
export const main = defineFunction({
  name: 'cityGet',
  input: cityGetInput,
  output: cityGetOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler(_input, caller) {
    const city = await cityNow();
    const districts = city?.districts ?? [];
    const uses = caller.role === 'bureauAdmin' ? await districtUses(districts.map((d) => d.name)) : new Map();
    return {
      set: Boolean(city),
      name: city?.name ?? '',
      bureauName: city?.bureauName ?? '',
      signature: city?.signature ?? '',
      districts: districts.map((d) => {
        const use = uses.get(d.name);
        return { name: d.name, bureauName: d.bureauName, uses: use ? totalUses(use) : 0, usedBy: use ? usesInWords(use) : '' };
      }),
      version: city?.revision ?? 0,
      editable: caller.role === 'bureauAdmin',
    };
  },
});
