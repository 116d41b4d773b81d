import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

/**
 * `wxacode.getUnlimited` locally: a real PNG with a plain QR code (not WeChat's round 小程序码, which
 * only WeChat can draw) so a page shows, saves and prints something scannable, and a test can read
 * the scene back from the pixels.
 *
 * The QR holds the text `<page>?scene=<scene, URL-encoded>`: what the mini-program would receive
 * when opened from the real code (`options.path` and `options.query.scene`).
 */
export const WX_CODE_API = 'wxacode.getUnlimited';

/** WeChat's own limits for the request (wxacode.getUnlimited). */
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;
const MIN_WIDTH = 280;
const MAX_WIDTH = 1280;
const DEFAULT_WIDTH = 430;
const DEFAULT_PAGE = 'pages/index/index';

export function wxCodeText(page: string, scene: string): string {
  return `${page}?scene=${encodeURIComponent(scene)}`;
}

export type WxCodeAnswer = { image: Buffer } | { errcode: number; errmsg: string };

/**
 * WeChat's answer to a getUnlimited request: the image, or the errcode JSON it answers a bad request
 * with. `check_path` is on by default and checks the page against the *published* mini-program;
 * nothing is published locally, so only `check_path: false` gets a code here (41030 otherwise).
 */
export async function answerGetUnlimited(requestData: unknown): Promise<WxCodeAnswer> {
  const request = (requestData && typeof requestData === 'object' ? requestData : {}) as Record<string, unknown>;
  const scene = request.scene;
  if (typeof scene !== 'string' || !SCENE.test(scene)) return { errcode: 40169, errmsg: 'invalid length for scene, or the data is not json string' };
  const page = request.page === undefined ? DEFAULT_PAGE : request.page;
  if (typeof page !== 'string' || page.startsWith('/') || page.includes('?') || page.length > 128) return { errcode: 41030, errmsg: 'invalid page' };
  if (request.check_path !== false)
    return { errcode: 41030, errmsg: 'invalid page hint: the page is checked against the published mini-program (use check_path: false locally)' };
  if (request.env_version !== undefined && !['release', 'trial', 'develop'].includes(String(request.env_version)))
    return { errcode: 40097, errmsg: 'invalid args: env_version' };
  const asked = typeof request.width === 'number' && Number.isFinite(request.width) ? request.width : DEFAULT_WIDTH;
  const width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, asked)));
  return { image: qrPng(wxCodeText(page, scene), width) };
}

export const QR_MARGIN = 4;

/**
 * A `width`-pixel square greyscale PNG of the QR symbol the qrcode library makes for `text` (error
 * correction M), with a 4-module quiet zone. Drawn here rather than by `QRCode.toBuffer`, whose PNG
 * writer (pngjs) takes about 2 s per image under jest; the symbol is the library's, the pixels are a
 * plain scaling of it (module of pixel x = ⌊x · modules / width⌋).
 */
export function qrPng(text: string, width: number): Buffer {
  const symbol = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = symbol.modules.size;
  const total = size + QR_MARGIN * 2;
  const moduleAt = Array.from({ length: width }, (_, p) => Math.floor((p * total) / width) - QR_MARGIN);
  const raw = Buffer.alloc((width + 1) * width, 0xff);
  for (let y = 0; y < width; y++) {
    const row = y * (width + 1);
    raw[row] = 0; // filter: none
    const r = moduleAt[y] ?? -1;
    if (r < 0 || r >= size) continue;
    for (let x = 0; x < width; x++) {
      const c = moduleAt[x] ?? -1;
      if (c >= 0 && c < size && symbol.modules.get(r, c)) raw[row + 1 + x] = 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

let crcTable: Uint32Array | undefined;
function crc32(bytes: Buffer): number {
  const table = (crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  }));
  let c = 0xffffffff;
  for (const b of bytes) c = (table[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
