// The city page's draft (R27): the city's settings as typed, what is sent from them, their check, and a district's bureau following its name.
import type { CityView } from '../../../../shared/api/city';
import { citySaveInput } from '../../../../shared/api/city';
import { checkInput } from '../../../services/forms/check-input';

export interface DistrictRow {
  name: string;
  bureauName: string;
  /** what still names it, as read (empty for a new row): one in use cannot be renamed or removed */
  usedBy: string;
}
export interface Draft {
  version: number;
  settings: { name: string; bureauName: string; signature: string; districts: DistrictRow[] };
}

export const toInput = (d: Draft) => ({
  version: d.version,
  settings: { ...d.settings, districts: d.settings.districts.map(({ name, bureauName }) => ({ name, bureauName })) },
});
export const checkDraft = (d: Draft) => checkInput(citySaveInput, toInput(d)).problems;

export function draftOf(view: CityView): Draft {
  return {
    version: view.version,
    settings: {
      name: view.name,
      bureauName: view.bureauName,
      signature: view.signature,
      districts: view.districts.length
        ? view.districts.map((d) => ({ name: d.name, bureauName: d.bureauName, usedBy: d.usedBy }))
        : [{ name: '', bureauName: '', usedBy: '' }],
    },
  };
}

/** A district's bureau follows its name while the clerk has not written another (某某区 → 某某区教育局). */
export function renamed(row: DistrictRow, name: string): DistrictRow {
  const followed = row.bureauName === '' || row.bureauName === `${row.name}教育局`;
  return { ...row, name, bureauName: followed && name ? `${name}教育局` : row.bureauName };
}
