import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startEmulator, type Emulator } from '../../emulator/server';

/** The H5 build is served as a production host would: compressed, hashed assets cached, the rest revalidated. */
const dir = mkdtempSync(join(tmpdir(), 'h5-'));
const script = `console.log(${JSON.stringify('家长'.repeat(2000))});`;
writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><title>中职招生</title></html>');
writeFileSync(join(dir, 'app.0123abcd.js'), script);

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ dbFile: ':memory:', h5Dir: dir });
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { port } = new URL(emulator.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a hashed script is sent brotli- or gzip-compressed as the browser accepts, and cached for a year', async () => {
  const br = await get('/app.0123abcd.js', { 'accept-encoding': 'gzip, deflate, br' });
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 10);
  expect(brotliDecompressSync(br.body).toString()).toBe(script);
  expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(br.headers.vary).toBe('accept-encoding');

  const gzip = await get('/app.0123abcd.js', { 'accept-encoding': 'gzip' });
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gzip.body).toString()).toBe(script);

  const plain = await get('/app.0123abcd.js');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString()).toBe(script);
});

test('the page itself is revalidated: its ETag answers 304 without a body, a route falls back to it', async () => {
  const first = await get('/');
  expect(first.headers['cache-control']).toBe('no-cache');
  const etag = String(first.headers.etag);
  const again = await get('/', { 'if-none-match': etag });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  const route = await get('/pages/subsidy/index');
  expect(route.status).toBe(200);
  expect(route.headers.etag).toBe(etag);
});
