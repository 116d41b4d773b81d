/**
 * The `scene` of the 小程序码 on a junior high's poster (R23): a family that opens the mini-program
 * from it is attributed to that junior high.
 *
 * Format: `j=<juniorSchoolId>`, e.g. `j=junior-xz-2`. WeChat's `scene` is at most 32 visible
 * characters from [0-9A-Za-z!#$&'()*+,/:;=?@-._~]; the id itself may use those characters except
 * `&` and `=` (kept for further `key=value` pairs), so it is at most 30 characters long. `%` is not
 * among them: nothing in a scene is ever percent-encoded by us.
 *
 * WeChat hands the scene to the page URL-encoded, as `options.query.scene` (`j%3Djunior-xz-2`);
 * `juniorSchoolFromScene` takes it either way.
 */
export const SCENE_MAX_LENGTH = 32;
export const JUNIOR_SCENE_KEY = 'j';
const PREFIX = `${JUNIOR_SCENE_KEY}=`;
export const JUNIOR_ID_MAX_LENGTH = SCENE_MAX_LENGTH - PREFIX.length;

/** Every character WeChat accepts in a scene. */
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;
/** The characters a junior school id may use inside a scene. */
const ID_CHARS = /^[0-9A-Za-z!#$'()*+,/:;?@\-._~]+$/;

export class SceneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SceneError';
  }
}

/** Why an id cannot go into a scene, in words for people; null when it can. */
export function sceneProblem(juniorSchoolId: string): string | null {
  if (!juniorSchoolId) return '学校编号为空';
  if (juniorSchoolId.length > JUNIOR_ID_MAX_LENGTH) return `学校编号超过 ${JUNIOR_ID_MAX_LENGTH} 个字符`;
  if (!ID_CHARS.test(juniorSchoolId)) return '学校编号含有小程序码不支持的字符（只能用英文字母、数字与 -._~ 等符号）';
  return null;
}

/** The scene for a junior high; throws a SceneError (never a wrong or cut scene) when the id does not fit. */
export function sceneForJuniorSchool(juniorSchoolId: string): string {
  const problem = sceneProblem(juniorSchoolId);
  if (problem) throw new SceneError(`无法为这所初中生成小程序码：${problem}。`);
  return `${PREFIX}${juniorSchoolId}`;
}

/** Longest input looked at: a scene is 32 characters, each at most `%XX` when encoded (3×), with room to spare. */
const MAX_RAW_LENGTH = SCENE_MAX_LENGTH * 3 * 2;

/** The scene as WeChat passed it (URL-encoded or not), decoded once if it can be; null if it cannot. */
function decoded(raw: string): string | null {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * The junior high a scene names, or null for anything else. Total: any value in, never a throw —
 * it reads whatever a launch query carried, which anyone can make up.
 */
export function juniorSchoolFromScene(raw: unknown): { juniorSchoolId: string } | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_RAW_LENGTH) return null;
  const scene = decoded(raw);
  if (scene === null || scene.length > SCENE_MAX_LENGTH || !SCENE_CHARS.test(scene)) return null;
  if (!scene.startsWith(PREFIX)) return null;
  const juniorSchoolId = scene.slice(PREFIX.length);
  return sceneProblem(juniorSchoolId) === null ? { juniorSchoolId } : null;
}

/** From a page's launch query (`Taro.getLaunchOptionsSync().query`, `useRouter().params`): its `scene`, if any. */
export function juniorSchoolFromLaunchQuery(query: unknown): { juniorSchoolId: string } | null {
  if (!query || typeof query !== 'object') return null;
  let scene: unknown;
  try {
    scene = (query as Record<string, unknown>).scene;
  } catch {
    return null;
  }
  return juniorSchoolFromScene(scene);
}
