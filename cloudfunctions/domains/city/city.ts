import { CITY_ID, type City, type CityDistrict } from '../../../shared/records/city';
import { records } from '../../_kit/platform/collections';
import { memo } from '../../_kit/platform/memo';
import { failures } from '../../_kit/platform/failures';
import { cityFailures } from './failures';

/**
 * R27: the one home of the city's identity — its name, its bureau's, the signature, the districts
 * and each district's bureau — for every action that says a name (invitations' units, a permit's
 * issuer, the monthly table's unit, the filing mark) and every save that takes a district. The
 * bureau sets it (citySave); it changes a few times a year, so an instance keeps it a minute like
 * the season and the letter: a family's page costs no round trip for it when warm. Before the
 * bureau sets it the names are neutral (教育局), never another city's.
 */
export const CITY_TTL_MS = 60_000;

/** What is said before the bureau has set the city (a new environment). */
export const NEUTRAL_CITY = { name: '本市', bureauName: '教育局', signature: '教育局' } as const;

// not set yet (a new city, R27): not kept, so the city's names are said at once once set
const cityKept = memo(CITY_TTL_MS, () => records.city.get(CITY_ID), { readAgainIf: (city) => city === null });

export interface CityNames {
  /** whether the bureau has set the city yet */
  set: boolean;
  name: string;
  bureauName: string;
  signature: string;
  districts: CityDistrict[];
}

function namesOf(city: City | null): CityNames {
  if (!city) return { set: false, ...NEUTRAL_CITY, districts: [] };
  return { set: true, name: city.name, bureauName: city.bureauName, signature: city.signature, districts: city.districts };
}

/** The city's names as this instance keeps them (at most a minute old). */
export async function cityNames(): Promise<CityNames> {
  return namesOf(await cityKept());
}

/** The city as stored now (the bureau's page; a check that must not miss a district just added). */
export async function cityNow(): Promise<City | null> {
  cityKept.forget();
  return cityKept();
}

/** After a change in this instance (or a new database in tests), the next call reads the city again. */
export function forgetCity(): void {
  cityKept.forget();
}

/** The bureau that reviews a district's own schools and issues its permits (R2, R10). */
export function districtBureau(city: CityNames, district: string | undefined): string {
  const found = district ? city.districts.find((d) => d.name === district) : undefined;
  return found?.bureauName ?? (city.set ? city.bureauName : NEUTRAL_CITY.bureauName);
}

/** The names of the city's districts, in the bureau's order. */
export async function cityDistricts(): Promise<string[]> {
  return (await cityNames()).districts.map((d) => d.name);
}

/**
 * The districts among these (each under its field) that the city does not have, as field errors.
 * The instance's minute-old copy is read afresh when it lacks one, so a district just added by the
 * bureau is accepted at once. The one check every save that takes a district goes through.
 */
export async function unknownDistricts(entries: ReadonlyArray<readonly [field: string, district: string]>): Promise<Record<string, string>> {
  const has = (city: CityNames, district: string) => city.districts.some((d) => d.name === district);
  const kept = await cityNames();
  if (entries.every(([, d]) => has(kept, d))) return {};
  const fresh = namesOf(await cityNow());
  const problems: Record<string, string> = {};
  for (const [field, district] of entries) if (!has(fresh, district)) problems[field] = cityFailures.unknownDistrictMessage(district, fresh.set);
  return problems;
}

/**
 * Refuses a district the city does not have, under `field` (a school's, a junior high's, a target
 * sheet's, a district reviewer's invitation).
 */
export async function assertCityDistrict(district: string, field = 'district'): Promise<void> {
  const problems = await unknownDistricts([[field, district]]);
  if (Object.keys(problems).length) throw failures.invalid(problems);
}

/** A row's problem in an import when its district is not the city's (null when it is). */
export function districtRowProblem(city: CityNames, district: string): string | null {
  if (city.districts.some((d) => d.name === district)) return null;
  return cityFailures.unknownDistrictMessage(district, city.set);
}
