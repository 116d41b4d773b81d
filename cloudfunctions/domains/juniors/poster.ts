import type { Letter } from '../../../shared/records/content';
import { SceneError, sceneForJuniorSchool } from '../../../shared/poster-scene';
import { app } from '../../_kit/platform/app';
import { Failure } from '../../_kit/platform/failures';

/** The page a poster's code opens: the home page reads the scene from its launch query. */
export const POSTER_PAGE = 'pages/home/index';
/** WeChat's default; large enough to scan from a printed A4 poster at arm's length. */
const CODE_WIDTH = 430;

type EnvVersion = 'release' | 'trial' | 'develop';
/**
 * Which version of the mini-program the code opens: the released one, unless the environment says
 * otherwise (`WXACODE_ENV_VERSION=trial` while testing before launch; an unknown value is ignored).
 */
function envVersion(): EnvVersion {
  const v = process.env.WXACODE_ENV_VERSION;
  return v === 'trial' || v === 'develop' ? v : 'release';
}

/** Refusals of the poster, named like what went wrong, in words a junior-high teacher reads. */
export const posterFailures = {
  sceneUnfit: (why: string) => new Failure('CONFLICT', undefined, `${why}请联系教育局管理员核对本校在名录中的编号。`),
  juniorSchoolMissing: () => new Failure('NOT_FOUND', undefined, '名录中没有找到您所在的初中，请联系教育局管理员核对。'),
  wxCodeFailed: (errcode: number | string) =>
    new Failure(
      'INTERNAL',
      undefined,
      `微信暂时未能生成小程序码（微信错误 ${errcode}${wxErrorWords[String(errcode)] ?? ''}），请稍后再试；多次失败请联系教育局。`,
    ),
};

const wxErrorWords: Record<string, string> = {
  '-1': '：系统繁忙',
  '45009': '：调用太频繁',
  '41030': '：页面不存在或小程序未发布',
  '40169': '：场景值不合规',
  '40097': '：参数不合规',
};

/** The scene of the caller's junior high, or a named refusal (never a cut or altered scene). */
export function posterScene(juniorSchoolId: string): string {
  try {
    return sceneForJuniorSchool(juniorSchoolId);
  } catch (error) {
    if (error instanceof SceneError) throw posterFailures.sceneUnfit(error.message);
    throw error;
  }
}

export interface WxImage {
  bytes: Buffer;
  type: 'image/png' | 'image/jpeg';
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

function imageOf(bytes: Buffer): WxImage | null {
  if (bytes.length > PNG.length && bytes.subarray(0, PNG.length).equals(PNG)) return { bytes, type: 'image/png' };
  if (bytes.length > JPEG.length && bytes.subarray(0, JPEG.length).equals(JPEG)) return { bytes, type: 'image/jpeg' };
  return null;
}

const isByteArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((b) => Number.isInteger(b) && b >= 0 && b <= 255);

/** Bytes from whichever form the image arrived in; null when it is no form of bytes. */
function bytesOf(value: unknown): Buffer | null {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value);
  if (typeof value === 'string') {
    // a base64 string, or the bytes themselves as a binary string
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return Buffer.from(value, 'base64');
    return Buffer.from(value, 'latin1');
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // a Node Buffer that went through JSON: { type: 'Buffer', data: [137, 80, …] }
    if (o.type === 'Buffer' && isByteArray(o.data)) return Buffer.from(o.data);
    // wx-server-sdk's shape: { contentType, buffer }
    if ('buffer' in o) return bytesOf(o.buffer);
  }
  return null;
}

/**
 * WeChat answers getUnlimited with the image's bytes, or with `{ errcode, errmsg }`. `callWxOpenApi`
 * hands back `result` as JSON-parsed `responseData` (see emulator/wx-open-api.ts for the form the
 * emulator uses); whatever the form, only bytes that are a PNG or JPEG count as a code.
 */
export function readWxImage(result: unknown): WxImage | { errcode: number | string; errmsg: string } {
  if (result && typeof result === 'object' && !Buffer.isBuffer(result) && 'errcode' in result) {
    const { errcode, errmsg } = result as { errcode: unknown; errmsg?: unknown };
    if (errcode !== 0) return { errcode: typeof errcode === 'number' || typeof errcode === 'string' ? errcode : 'unknown', errmsg: String(errmsg ?? '') };
  }
  const bytes = bytesOf(result);
  const image = bytes ? imageOf(bytes) : null;
  return image ?? { errcode: 'not-an-image', errmsg: 'the answer was neither an image nor an errcode' };
}

/** A code never changes for a scene: kept in the instance, so a reprint costs WeChat nothing. */
const CODE_TTL_MS = 30 * 60_000;
const MAX_KEPT = 50;
const kept = new Map<string, { at: number; image: Promise<WxImage> }>();

async function fetchCode(scene: string, version: EnvVersion): Promise<WxImage> {
  let res: Awaited<ReturnType<typeof app.callWxOpenApi>>;
  try {
    res = await app.callWxOpenApi({
      apiName: 'wxacode.getUnlimited',
      requestData: { scene, page: POSTER_PAGE, check_path: false, env_version: version, width: CODE_WIDTH },
    });
  } catch (error) {
    // CloudBase's own refusal (no permission for the open API, a network fault), thrown by the SDK
    throw posterFailures.wxCodeFailed(String((error as { code?: unknown } | null)?.code ?? 'SYS_ERR'));
  }
  // or answered as { code, message } instead of { result }
  const failed = res as { code?: unknown };
  if (failed.code) throw posterFailures.wxCodeFailed(String(failed.code));
  const read = readWxImage(res.result);
  if ('errcode' in read) throw posterFailures.wxCodeFailed(read.errcode);
  return read;
}

/** The 小程序码 for `scene`: from the instance's copy when fresh, else from WeChat (a failure is not kept). */
export function posterCode(scene: string): Promise<WxImage> {
  const version = envVersion();
  const key = `${version}:${scene}`;
  const hit = kept.get(key);
  if (hit && Date.now() - hit.at <= CODE_TTL_MS) return hit.image;
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
  const image = fetchCode(scene, version);
  kept.set(key, { at: Date.now(), image });
  image.catch(() => {
    if (kept.get(key)?.image === image) kept.delete(key);
  });
  return image;
}

/** Tests: start from no kept codes. */
export function forgetPosterCodes(): void {
  kept.clear();
}

const LINE_MAX = 48;

/** The poster's short lines: each paragraph's first sentence, cut to fit a line or two. */
export function posterLines(letter: Pick<Letter, 'paragraphs'>): string[] {
  return letter.paragraphs
    .map((p) => {
      const text = p.trim();
      const end = text.search(/[。！？]/);
      const sentence = end >= 0 ? text.slice(0, end + 1) : text;
      const chars = Array.from(sentence);
      return chars.length > LINE_MAX ? `${chars.slice(0, LINE_MAX - 1).join('')}…` : sentence;
    })
    .filter(Boolean)
    .slice(0, 5);
}
