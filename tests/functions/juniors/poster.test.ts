import { forgetPosterCodes } from '../../../cloudfunctions/domains/juniors/poster';
import { main as posterCode } from '../../../cloudfunctions/junior/posterCode';
import type { Emulator } from '../../../emulator/server';
import { JUNIOR_ID_MAX_LENGTH, juniorSchoolFromLaunchQuery, juniorSchoolFromScene, sceneForJuniorSchool, SceneError } from '../../../shared/poster-scene';
import { invoke, localBackend, openidOf } from '../../helpers/backend';

/**
 * R23: a junior-high teacher's poster carries a 小程序码 whose scene names their own junior high,
 * taken from their staff record only. R17: the poster is the letter to families.
 */
let emulator: Emulator;
beforeAll(async () => {
  process.env.LOCAL_EMULATOR_NOW = '2027-04-15T10:00:00+08:00';
  emulator = await localBackend();
  emulator.store.write([
    {
      collection: 'staff',
      id: 'staff-junior-xz-6',
      doc: { openid: 'test-openid-junior-6', name: '钱老师', role: 'juniorStaff', juniorSchoolId: 'junior-xz-6', status: 'active' },
      insert: true,
    },
    { collection: 'juniorSchools', id: `junior-${'x'.repeat(JUNIOR_ID_MAX_LENGTH)}`, doc: { name: '编号过长的初中', district: '忻府区' }, insert: true },
    {
      collection: 'staff',
      id: 'staff-junior-long',
      doc: {
        openid: 'test-openid-junior-long',
        name: '孙老师',
        role: 'juniorStaff',
        juniorSchoolId: `junior-${'x'.repeat(JUNIOR_ID_MAX_LENGTH)}`,
        status: 'active',
      },
      insert: true,
    },
    {
      collection: 'staff',
      id: 'staff-junior-gone',
      doc: { openid: 'test-openid-junior-gone', name: '周老师', role: 'juniorStaff', juniorSchoolId: 'junior-closed', status: 'active' },
      insert: true,
    },
  ] as Parameters<Emulator['store']['write']>[0]);
});
afterAll(() => {
  delete process.env.LOCAL_EMULATOR_NOW;
  return emulator.close();
});
beforeEach(() => {
  forgetPosterCodes();
  emulator.wx.clear();
  emulator.wx.failNext(0);
});

const junior = openidOf('juniorStaff');
const codeCalls = () => emulator.wx.list().filter((c) => c.apiName === 'wxacode.getUnlimited');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function poster(event: unknown, openid = junior) {
  const result = await invoke(posterCode, event, openid);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

test('R23: a junior-high teacher gets a PNG 小程序码 whose recorded scene is their own junior high, opening the home page', async () => {
  const data = await poster({});
  expect(data).toMatchObject({
    scene: 'j=junior-xz-2',
    page: 'pages/home/index',
    juniorSchoolName: '忻州市第二中学初中部',
    imageType: 'image/png',
    year: 2027,
  });
  const png = Buffer.from(data.image, 'base64');
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(png.readUInt32BE(16)).toBe(430);
  expect(codeCalls()).toEqual([
    expect.objectContaining({ requestData: { scene: 'j=junior-xz-2', page: 'pages/home/index', check_path: false, env_version: 'release', width: 430 } }),
  ]);
  // the family's side reads the same junior high back
  expect(juniorSchoolFromScene(data.scene)).toEqual({ juniorSchoolId: 'junior-xz-2' });
  expect(juniorSchoolFromScene(encodeURIComponent(data.scene))).toEqual({ juniorSchoolId: 'junior-xz-2' });
});

test("R17: the poster carries the letter of the season's year: its title, greeting, short lines, contacts and issuer", async () => {
  const { letter } = await poster({});
  expect(letter).toMatchObject({ title: '致全市初中毕业生及家长的一封信（2027年）', greeting: '亲爱的同学们、尊敬的家长朋友们：', issuedBy: '忻州市教育局' });
  expect(letter?.lines[0]).toBe('读中职，学技能，一样有好前途。');
  expect(letter?.lines.length).toBeGreaterThanOrEqual(3);
  for (const line of letter?.lines ?? []) expect(Array.from(line).length).toBeLessThanOrEqual(48);
  expect(letter?.contacts).toContainEqual({ name: '市教育局职成教科', phone: '0350-2020099' });
});

test("R23: another junior high's teacher gets their own junior high's scene, from their staff record", async () => {
  const data = await poster({}, 'test-openid-junior-6');
  expect(data).toMatchObject({ scene: 'j=junior-xz-6', juniorSchoolName: '忻州市第六中学' });
  expect(codeCalls().map((c) => (c.requestData as { scene: string }).scene)).toEqual(['j=junior-xz-6']);
});

test.each(['student', 'guardian', 'recruiter', 'schoolAdmin', 'reviewer', 'bureauAdmin'])('R23: %s is refused, and WeChat is never asked', async (persona) => {
  const result = await invoke(posterCode, {}, openidOf(persona));
  expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(codeCalls()).toHaveLength(0);
});

test('R23: a caller with no OPENID is refused', async () => {
  expect(await invoke(posterCode, {}, '')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

test("R23: a body naming another junior high, another scene or another caller is ignored: the scene is the caller's own", async () => {
  const data = await poster({
    juniorSchoolId: 'junior-xz-6',
    scene: 'j=junior-xz-6',
    page: 'pages/other/index',
    staff: { juniorSchoolId: 'junior-xz-6' },
    userInfo: { openId: 'test-openid-junior-6' },
  });
  expect(data.scene).toBe('j=junior-xz-2');
  expect(codeCalls().map((c) => c.requestData)).toEqual([expect.objectContaining({ scene: 'j=junior-xz-2', page: 'pages/home/index' })]);
});

test('R23: hostile input is ignored or refused cleanly, never an internal error', async () => {
  const huge = 'x'.repeat(1_000_000);
  expect((await poster({ juniorSchoolId: huge, scene: huge, [huge.slice(0, 10_000)]: huge })).scene).toBe('j=junior-xz-2');
  expect((await poster({ __proto__: { juniorSchoolId: 'junior-xz-6' }, constructor: { prototype: { scene: 'j=x' } } })).scene).toBe('j=junior-xz-2');
  for (const event of [[], ['j=junior-xz-6'], 'j=junior-xz-6', 42, true]) {
    expect(await invoke(posterCode, event, junior)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  }
  // no event at all is an empty request
  expect(await invoke(posterCode, undefined, junior)).toMatchObject({ ok: true, data: { scene: 'j=junior-xz-2' } });
});

test("R23: WeChat refusing the code answers a coded error in Chinese with WeChat's errcode; the next try asks again", async () => {
  emulator.wx.failNext(1, 45009);
  const failed = await invoke(posterCode, {}, junior);
  expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('微信错误 45009') } });
  if (failed.ok) throw new Error('unreachable');
  expect(failed.error.message).toMatch(/小程序码/);
  // the failure was not kept
  expect((await poster({})).scene).toBe('j=junior-xz-2');
  expect(codeCalls()).toHaveLength(2);
});

test('a code is kept in the instance: printing again does not ask WeChat again', async () => {
  const first = await poster({});
  const second = await poster({});
  expect(second.image).toBe(first.image);
  expect(codeCalls()).toHaveLength(1);
});

test('R23: a junior high whose id cannot fit a scene is refused by name, never with a cut scene, and WeChat is not asked', async () => {
  const result = await invoke(posterCode, {}, 'test-openid-junior-long');
  expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(`超过 ${JUNIOR_ID_MAX_LENGTH} 个字符`) } });
  expect(codeCalls()).toHaveLength(0);
});

test('a teacher whose junior high is no longer in the registry gets NOT_FOUND, and WeChat is not asked', async () => {
  expect(await invoke(posterCode, {}, 'test-openid-junior-gone')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', message: expect.stringMatching(/初中/) },
  });
  expect(codeCalls()).toHaveLength(0);
});

describe('the poster scene (shared/poster-scene.ts)', () => {
  test('R23: a junior school id round-trips through the scene, plain or URL-encoded as WeChat passes it', () => {
    for (const id of ['junior-xz-2', 'a', 'A.b_c~d-9', 'x'.repeat(JUNIOR_ID_MAX_LENGTH), "x!#$'()*+,/:;?@y"]) {
      const scene = sceneForJuniorSchool(id);
      expect(scene.length).toBeLessThanOrEqual(32);
      expect(scene).toMatch(/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/);
      expect(juniorSchoolFromScene(scene)).toEqual({ juniorSchoolId: id });
      expect(juniorSchoolFromScene(encodeURIComponent(scene))).toEqual({ juniorSchoolId: id });
      expect(juniorSchoolFromLaunchQuery({ scene: encodeURIComponent(scene), other: '1' })).toEqual({ juniorSchoolId: id });
    }
  });

  test('R23: an id that does not fit is refused with a clear error, never cut', () => {
    for (const id of ['', 'x'.repeat(JUNIOR_ID_MAX_LENGTH + 1), '初中', 'a b', 'a&b', 'a=b', 'a%20b', 'a\nb', 'a\u0000b', '😀']) {
      expect(() => sceneForJuniorSchool(id)).toThrow(SceneError);
    }
    expect(() => sceneForJuniorSchool('x'.repeat(40))).toThrow(/超过 30 个字符/);
  });

  test('R23: parsing is total: any value in gives a junior school or null, never a throw', () => {
    const hostile: unknown[] = [
      undefined,
      null,
      0,
      42,
      NaN,
      true,
      {},
      [],
      ['j=junior-xz-2'],
      { toString: () => 'j=junior-xz-2' },
      Symbol('s'),
      () => 'j=a',
      10n,
      '',
      'j=',
      'j',
      '=junior-xz-2',
      'k=junior-xz-2',
      'J=junior-xz-2',
      ' j=junior-xz-2',
      'j=junior-xz-2 ',
      'j=junior xz',
      'j=初中',
      'j=a&b=c',
      'j=a=b',
      'j=a%',
      '%',
      '%E0%A4%A',
      '%ZZ',
      'j%3D',
      'j%253Djunior-xz-2',
      'j=%00',
      'j=\u0000',
      'j=a\u202eb',
      'j=😀',
      `j=${'x'.repeat(31)}`,
      `j=${'x'.repeat(100_000)}`,
      '%'.repeat(100_000),
      'j=a'.repeat(20),
      '__proto__',
      'j=__proto__%',
    ];
    for (const value of hostile) {
      let parsed: unknown;
      expect(() => (parsed = juniorSchoolFromScene(value))).not.toThrow();
      expect(parsed === null || (typeof parsed === 'object' && typeof (parsed as { juniorSchoolId: unknown }).juniorSchoolId === 'string')).toBe(true);
    }
    expect(juniorSchoolFromScene('j=a&b=c')).toBeNull();
    expect(juniorSchoolFromScene('j%253Djunior-xz-2')).toBeNull(); // decoded once only: `j%3D…` is no scene
    expect(juniorSchoolFromScene('j=__proto__')).toEqual({ juniorSchoolId: '__proto__' }); // a plain string, never a lookup key here
    for (const query of [
      undefined,
      null,
      'scene=j%3Da',
      [],
      { scene: 42 },
      Object.create(null),
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      ),
    ]) {
      expect(() => juniorSchoolFromLaunchQuery(query)).not.toThrow();
      expect(juniorSchoolFromLaunchQuery(query)).toBeNull();
    }
  });
});
