import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg']);

interface Prepared {
  mtimeMs: number;
  etag: string;
  bodies: { identity: Buffer; br?: Buffer; gzip?: Buffer };
}
/** Each file read and compressed once per change, as a production host serves pre-compressed assets. */
const prepared = new Map<string, Prepared>();

function prepare(file: string): Prepared {
  const { mtimeMs } = statSync(file);
  const known = prepared.get(file);
  if (known && known.mtimeMs === mtimeMs) return known;
  const identity = readFileSync(file);
  const bodies: Prepared['bodies'] = { identity };
  if (compressible.has(extname(file)) && identity.length > 1024) {
    bodies.br = brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length } });
    bodies.gzip = gzipSync(identity, { level: 9 });
  }
  const entry = { mtimeMs, etag: `"${createHash('sha1').update(identity).digest('base64url')}"`, bodies };
  prepared.set(file, entry);
  return entry;
}

function chooseEncoding(accept: string, bodies: Prepared['bodies']): 'br' | 'gzip' | 'identity' {
  const offered = accept.split(',').map((part) => part.trim().split(';')[0]);
  if (bodies.br && offered.includes('br')) return 'br';
  if (bodies.gzip && offered.includes('gzip')) return 'gzip';
  return 'identity';
}

/**
 * Serves the H5 build as a production host would: compressed (brotli or gzip, as the browser
 * accepts), hashed assets cached for a year, everything else revalidated by ETag. Unknown paths fall
 * back to index.html so the browser-mode router works.
 */
export function serveStatic(root: string, urlPath: string, req: IncomingMessage, res: ServerResponse): void {
  const base = resolve(root);
  const wanted = normalize(join(base, decodeURIComponent(urlPath)));
  const inside = wanted.startsWith(base);
  const file = inside && existsSync(wanted) && statSync(wanted).isFile() ? wanted : join(base, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('H5 版本尚未构建：请先运行 npm run build:h5（npm start 会自动构建）。');
    return;
  }
  const { etag, bodies } = prepare(file);
  const hashed = /\.[0-9a-f]{8}\./.test(file);
  const headers: Record<string, string> = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag,
    vary: 'accept-encoding',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const encoding = chooseEncoding(String(req.headers['accept-encoding'] ?? ''), bodies);
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  const body = bodies[encoding] ?? bodies.identity;
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
