import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { ServerResponse } from 'node:http';

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

/** Serves the H5 build; unknown paths fall back to index.html so the browser-mode router works. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const base = resolve(root);
  const wanted = normalize(join(base, decodeURIComponent(urlPath)));
  const inside = wanted.startsWith(base);
  const file = inside && existsSync(wanted) && statSync(wanted).isFile() ? wanted : join(base, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('H5 版本尚未构建：请先运行 npm run build:h5（npm start 会自动构建）。');
    return;
  }
  const hashed = /\.[0-9a-f]{8}\./.test(file);
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(readFileSync(file));
}
