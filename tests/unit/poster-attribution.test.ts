import { createPosterAttribution, POSTER_KEY, sceneFromUrl, withPoster, type AttributionStorage } from '../../client/services/platform/poster-attribution';

/** The poster's attribution on a phone (R23, R17), with a storage in memory and a given clock. */
function memoryStorage(): AttributionStorage & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return { values, get: (key) => values.get(key) ?? '', set: (key, value) => void values.set(key, structuredClone(value)) };
}

const march = new Date('2027-03-20T09:00:00+08:00');
const days = (n: number) => new Date(march.getTime() + n * 24 * 60 * 60 * 1000);

test('R23: a launch from a poster’s 小程序码 (scene URL-encoded, as WeChat hands it) is remembered with its time', () => {
  const storage = memoryStorage();
  const attribution = createPosterAttribution(storage);
  expect(attribution.rememberLaunch({ scene: 'j%3Djunior-xz-2' }, march)).toEqual({ juniorSchoolId: 'junior-xz-2', at: march.toISOString() });
  expect(attribution.current(days(1))).toBe('junior-xz-2');
  // decoded, as some launch paths pass it, the same
  attribution.rememberLaunch({ scene: 'j=junior-xz-6' }, march);
  expect(attribution.current(march)).toBe('junior-xz-6');
});

test('R23: an open without a poster, or with a made-up scene, leaves the poster that brought the family alone', () => {
  const storage = memoryStorage();
  const attribution = createPosterAttribution(storage);
  attribution.rememberLaunch({ scene: 'j%3Djunior-xz-2' }, march);
  for (const query of [
    {},
    { scene: '' },
    { scene: 'x=1' },
    { scene: 'j=' },
    { scene: 'j%3D%E4%B8%AD' },
    { scene: 'j=a&b' },
    { scene: 42 },
    null,
    'j=junior-xz-3',
    { scene: `j=${'a'.repeat(31)}` },
  ]) {
    expect(attribution.rememberLaunch(query, days(2))).toBeNull();
  }
  expect(attribution.current(days(3))).toBe('junior-xz-2');
});

test('R23: the latest poster wins', () => {
  const attribution = createPosterAttribution(memoryStorage());
  attribution.rememberLaunch({ scene: 'j=junior-xz-2' }, march);
  attribution.rememberLaunch({ scene: 'j=junior-yp-1' }, days(10));
  expect(attribution.current(days(11))).toBe('junior-yp-1');
});

test('R23: an open from a poster counts for one season (120 days), not for next year’s form', () => {
  const attribution = createPosterAttribution(memoryStorage());
  attribution.rememberLaunch({ scene: 'j=junior-xz-2' }, march);
  expect(attribution.current(days(120))).toBe('junior-xz-2');
  expect(attribution.current(days(121))).toBeUndefined();
  // a phone whose clock was set back a little still counts it; one far "before" the visit does not
  expect(attribution.current(new Date(march.getTime() - 60 * 60 * 1000))).toBe('junior-xz-2');
  expect(attribution.current(days(-30))).toBeUndefined();
});

test('R23: whatever the phone’s storage holds is checked again before it is sent', () => {
  const storage = memoryStorage();
  const attribution = createPosterAttribution(storage);
  expect(attribution.current(march)).toBeUndefined();
  for (const value of [
    'junior-xz-2',
    { juniorSchoolId: 'junior-xz-2' },
    { juniorSchoolId: 'a&b', at: march.toISOString() },
    { juniorSchoolId: 'junior-xz-2', at: 'yesterday' },
    { juniorSchoolId: 7, at: march.toISOString() },
  ]) {
    storage.set(POSTER_KEY, value);
    expect(attribution.current(march)).toBeUndefined();
  }
});

test('R23: H5 reads the scene from the address, left encoded (a + stays a +)', () => {
  expect(sceneFromUrl('?scene=j%3Djunior-xz-2')).toBe('j%3Djunior-xz-2');
  expect(sceneFromUrl('?from=letter&scene=j%3Da%2Bb')).toBe('j%3Da%2Bb');
  expect(sceneFromUrl('', '#/pages/home/index?scene=j%3Djunior-xz-2')).toBe('j%3Djunior-xz-2');
  expect(sceneFromUrl('?sceneX=1')).toBeUndefined();
  expect(sceneFromUrl('')).toBeUndefined();

  const attribution = createPosterAttribution(memoryStorage());
  expect(attribution.rememberUrl('?scene=j%3Djunior-xz-2', '', march)).toEqual({ juniorSchoolId: 'junior-xz-2', at: march.toISOString() });
  // an id may hold a +: it reaches the server as typed, not as a space
  expect(attribution.rememberUrl('?scene=j%3Da+b', '', march)?.juniorSchoolId).toBe('a+b');
  expect(attribution.rememberUrl('?from=letter', '', days(1))).toBeNull();
  expect(attribution.current(days(1))).toBe('a+b');
});

test('R23: only a first submission carries viaPoster, and only when a poster brought the phone', () => {
  expect(withPoster({ requestId: 'r1' }, 'junior-xz-2')).toEqual({ requestId: 'r1', viaPoster: 'junior-xz-2' });
  expect(withPoster({ requestId: 'r1' }, undefined)).toEqual({ requestId: 'r1' });
  expect('viaPoster' in withPoster({ requestId: 'r1' }, undefined)).toBe(false);
});
