import * as zlib from 'node:zlib';
import QRCode from 'qrcode';
import { readWxImage } from '../../cloudfunctions/domains/juniors/poster';
import { qrPng, QR_MARGIN } from '../../emulator/wx-code';
import { sdkPerTest } from '../helpers/emulator';

/**
 * `wxacode.getUnlimited` through the real SDK's `callWxOpenApi` against the emulator: the call is
 * recorded like every open-API call and answered with a real PNG whose QR code carries the scene.
 */
const sdk = sdkPerTest();

const request = { scene: 'j=junior-xz-2', page: 'pages/home/index', check_path: false, env_version: 'release', width: 430 };
const expectedText = 'pages/home/index?scene=j%3Djunior-xz-2';

/** A small PNG reader (8-bit, non-interlaced grey, RGB or RGBA: what the qrcode library writes). */
function decodePng(png: Buffer): { width: number; height: number; dark(x: number, y: number): boolean } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    // every chunk's CRC is right (zlib.crc32 is Node ≥ 20.15)
    if (typeof zlib.crc32 === 'function') expect(png.readUInt32BE(offset + 8 + length)).toBe(zlib.crc32(png.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colorType, , , interlace] = [header[8], header[9], header[10], header[11], header[12]];
  expect(depth).toBe(8);
  expect(interlace).toBe(0);
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType ?? -1];
  if (!channels) throw new Error(`colour type ${colorType}`);
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const paeth = () => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const predicted = [0, a, b, (a + b) >> 1, paeth()][filter ?? 0] ?? 0;
      pixels[y * stride + x] = (v + predicted) & 0xff;
    }
  }
  return { width, height, dark: (x, y) => (pixels[y * stride + x * channels] ?? 255) < 128 };
}

/** The QR modules as the image shows them, sampled at each module's centre. */
function modulesInImage(png: Buffer, size: number, margin: number): boolean[] {
  const image = decodePng(png);
  const scale = image.width / (size + margin * 2);
  const out: boolean[] = [];
  for (let row = -margin; row < size + margin; row++) {
    for (let col = -margin; col < size + margin; col++) {
      out.push(image.dark(Math.floor((margin + col + 0.5) * scale), Math.floor((margin + row + 0.5) * scale)));
    }
  }
  return out;
}

function modulesOf(text: string, margin: number): { size: number; modules: boolean[] } {
  const symbol = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = symbol.modules.size;
  const modules: boolean[] = [];
  for (let row = -margin; row < size + margin; row++) {
    for (let col = -margin; col < size + margin; col++) {
      modules.push(row >= 0 && col >= 0 && row < size && col < size && Boolean(symbol.modules.get(row, col)));
    }
  }
  return { size, modules };
}

test('getUnlimited is recorded and answered with a PNG of the requested width whose QR code is the page and the scene', async () => {
  const res = await sdk.app.callWxOpenApi({ apiName: 'wxacode.getUnlimited', requestData: request });
  expect(sdk.emulator.wx.list()).toEqual([expect.objectContaining({ apiName: 'wxacode.getUnlimited', requestData: request })]);

  // over the wire as a Node Buffer in JSON; the SDK's JSON.parse leaves { type: 'Buffer', data }
  expect(res.result).toMatchObject({ type: 'Buffer', data: expect.any(Array) });
  const read = readWxImage(res.result);
  if ('errcode' in read) throw new Error(`no image: ${read.errcode}`);
  expect(read.type).toBe('image/png');
  const png = read.bytes;
  const { width, height } = decodePng(png);
  expect([width, height]).toEqual([430, 430]);

  // the pixels are exactly the QR symbol of `pages/home/index?scene=j%3Djunior-xz-2`, quiet zone included
  const margin = QR_MARGIN;
  const expected = modulesOf(expectedText, margin);
  const seen = modulesInImage(png, expected.size, margin);
  expect(seen).toEqual(expected.modules);
  // and not another junior high's
  expect(seen).not.toEqual(modulesOf('pages/home/index?scene=j%3Djunior-xz-6', margin).modules);
  // and small enough to send to a phone as base64
  expect(png.length).toBeLessThan(20_000);
});

test("getUnlimited clamps the width to WeChat's 280–1280 px", async () => {
  const small = await sdk.app.callWxOpenApi({ apiName: 'wxacode.getUnlimited', requestData: { ...request, width: 10 } });
  const read = readWxImage(small.result);
  if ('errcode' in read) throw new Error('no image');
  expect(decodePng(read.bytes).width).toBeGreaterThanOrEqual(280);
});

test.each([
  ['a scene over 32 characters', { ...request, scene: `j=${'x'.repeat(31)}` }, 40169],
  ['a scene with a character WeChat refuses', { ...request, scene: 'j=初中' }, 40169],
  ['no scene', { page: 'pages/home/index', check_path: false }, 40169],
  ['a checked path (nothing is published locally)', { scene: 'j=a', page: 'pages/home/index' }, 41030],
  ['a page with a query', { ...request, page: 'pages/home/index?x=1' }, 41030],
])("getUnlimited with %s answers WeChat's errcode JSON, not an image", async (_what, requestData, errcode) => {
  const res = await sdk.app.callWxOpenApi({ apiName: 'wxacode.getUnlimited', requestData });
  expect(res.result).toMatchObject({ errcode, errmsg: expect.any(String) });
  expect(readWxImage(res.result)).toMatchObject({ errcode });
  expect(sdk.emulator.wx.list()).toHaveLength(1);
});

test('an injected WeChat failure reaches getUnlimited too', async () => {
  sdk.emulator.wx.failNext(1, 45009);
  const failed = await sdk.app.callWxOpenApi({ apiName: 'wxacode.getUnlimited', requestData: request });
  expect(failed.result).toEqual({ errcode: 45009, errmsg: 'simulated failure' });
  const next = await sdk.app.callWxOpenApi({ apiName: 'wxacode.getUnlimited', requestData: request });
  expect(readWxImage(next.result)).toMatchObject({ type: 'image/png' });
});

test("the reader of WeChat's answer takes the image in any form it may arrive in, and nothing that is not an image", () => {
  const png = qrPng('x', 280);
  for (const form of [png, { type: 'Buffer', data: [...png] }, png.toString('base64'), { contentType: 'image/png', buffer: png }]) {
    expect(readWxImage(form)).toMatchObject({ type: 'image/png', bytes: png });
  }
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
  expect(readWxImage(jpeg)).toMatchObject({ type: 'image/jpeg' });
  for (const junk of [null, undefined, 42, 'ok', '', {}, [], { type: 'Buffer', data: [999] }, { errcode: 0, errmsg: 'ok' }, Buffer.from('GIF89a')]) {
    expect(readWxImage(junk)).toMatchObject({ errcode: 'not-an-image' });
  }
  expect(readWxImage({ errcode: 41030, errmsg: 'invalid page' })).toEqual({ errcode: 41030, errmsg: 'invalid page' });
});
