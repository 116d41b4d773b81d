import { juniorSchoolFromLaunchQuery, juniorSchoolFromScene } from '../../../shared/poster-scene';
import type { PhoneStorage } from './phone-storage';

/**
 * R23, R17: which junior high's poster (its 小程序码) brought this phone to the product. Attribution
 * only — it is sent once, with the first submission of a form, for the junior high's counts; it
 * opens nothing and is never a way in. Pure: the storage and the clock are passed in.
 */

/** The storage key; one value per phone, the latest poster wins. */
export const POSTER_KEY = 'poster-attribution';

/**
 * How long an open from a poster counts: one season (a family may scan in March and fill the form
 * in May). Longer would credit this year's poster for next year's form.
 */
export const POSTER_KEEP_DAYS = 120;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PosterVisit {
  juniorSchoolId: string;
  /** when the phone was opened from the poster (ISO) */
  at: string;
}

/** The phone's key-value storage (WeChat's and the browser's alike answer '' for a missing key). */
export type AttributionStorage = Pick<PhoneStorage, 'get' | 'set'>;

/**
 * The raw `scene` of a URL's query (H5: `?scene=j%3Djunior-xz-2`), left encoded:
 * `juniorSchoolFromScene` decodes it once, and URLSearchParams would turn a `+` (a character a
 * scene may hold) into a space. Looks at the search and at a hash route's own query.
 */
export function sceneFromUrl(search: string, hash = ''): string | undefined {
  for (const part of [search, hash.includes('?') ? hash.slice(hash.indexOf('?')) : '']) {
    const query = part.startsWith('?') ? part.slice(1) : part;
    for (const pair of query.split('&')) {
      if (pair.startsWith('scene=')) return pair.slice('scene='.length);
    }
  }
  return undefined;
}

/** A stored visit as read back; anything else (nothing, an old shape, a made-up value) is null. */
function visitOf(value: unknown): PosterVisit | null {
  if (!value || typeof value !== 'object') return null;
  const { juniorSchoolId, at } = value as Record<string, unknown>;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  // the id is checked again as a scene would be: storage is the phone's, not ours
  const parsed = typeof juniorSchoolId === 'string' ? juniorSchoolFromScene(`j=${juniorSchoolId}`) : null;
  return parsed ? { juniorSchoolId: parsed.juniorSchoolId, at } : null;
}

export function createPosterAttribution(storage: AttributionStorage) {
  /**
   * The app was opened (cold or warm) with this launch query: if it came from a poster, remember
   * that junior high and when. Anything else leaves what is remembered alone: opening the app
   * from its icon later does not undo the poster that brought the family.
   */
  function rememberLaunch(query: unknown, now: Date): PosterVisit | null {
    const found = juniorSchoolFromLaunchQuery(query);
    if (!found) return null;
    const visit = { juniorSchoolId: found.juniorSchoolId, at: now.toISOString() };
    storage.set(POSTER_KEY, visit);
    return visit;
  }
  return {
    rememberLaunch,
    /** H5: the page URL's `scene`, as a 小程序码 hands it to the mini-program. */
    rememberUrl(search: string, hash: string, now: Date): PosterVisit | null {
      const scene = sceneFromUrl(search, hash);
      return scene === undefined ? null : rememberLaunch({ scene }, now);
    },

    /** The junior high to credit now, if a poster opened this phone within the season. */
    current(now: Date): string | undefined {
      const visit = visitOf(storage.get(POSTER_KEY));
      if (!visit) return undefined;
      const age = now.getTime() - Date.parse(visit.at);
      // A phone's clock may be set back a little after the visit; a visit far "in the future" was
      // not made this season and would otherwise never expire.
      return age >= -DAY_MS && age <= POSTER_KEEP_DAYS * DAY_MS ? visit.juniorSchoolId : undefined;
    },
  };
}
export type PosterAttribution = ReturnType<typeof createPosterAttribution>;

/**
 * The first submission's input with the poster's junior high, if any (`choiceSubmit` only: a
 * revision is the same form, already attributed when it was first submitted).
 */
export function withPoster<T extends object>(input: T, juniorSchoolId: string | undefined): T & { viaPoster?: string } {
  return juniorSchoolId ? { ...input, viaPoster: juniorSchoolId } : input;
}
