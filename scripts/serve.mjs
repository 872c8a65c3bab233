#!/usr/bin/env node
// Serves the demo (demo/) and the built bundles (dist/) on localhost, with no
// dev-server client injected, so the page is exactly what a blogger's would be.
// Usage: node scripts/serve.mjs [port]   (default 5173; 0 picks a free port)
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Maps a URL path to a file under demo/ or dist/, or null. */
function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  if (path === '/' || path === '/index.html') return join(root, 'demo', 'index.html');
  const [, top] = path.split('/');
  if (!['demo', 'dist', 'tests'].includes(top)) return null;
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  return file.startsWith(join(root, top)) ? file : null;
}

/**
 * POST /api/render: pre-renders the HTML in the body with `renderHTML` from
 * the built `dist/ssr.js` (the "Get the code" builder's third snippet).
 * 204 (no content, not an error in the browser's console) when that build
 * is absent; the builder then shows the `render` command, as on a static host.
 */
async function renderEndpoint(req, res) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 100_000) {
      res.writeHead(413).end('Too large');
      return;
    }
  }
  let renderHTML;
  try {
    ({ renderHTML } = await import(pathToFileURL(join(root, 'dist', 'ssr.js')).href));
  } catch {
    // Not built (or no SSR in this version): the builder falls back to the command.
  }
  if (typeof renderHTML !== 'function') {
    res.writeHead(204).end();
    return;
  }
  try {
    const html = await renderHTML(body);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  } catch (error) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error?.message ?? error));
  }
}

/**
 * `hooks` are for the test and bench scripts: `headers(path)` adds response
 * headers (a CSP), `delay(path)` holds a response back for some milliseconds
 * (a slow script, so the page paints before it runs).
 */
export function startServer(port = 5173, host = '127.0.0.1', hooks = {}) {
  const server = createServer(async (req, res) => {
    if (req.method === 'POST' && req.url === '/api/render') return renderEndpoint(req, res);
    let file;
    try {
      file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      // A malformed URL (`/dist/%E0`: decodeURIComponent throws URIError) is the client's error, not a crash.
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request');
      return;
    }
    try {
      if (!file) throw new Error('not served');
      const body = await readFile(file);
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const delay = hooks.delay?.(path) ?? 0;
      if (delay) await new Promise((done) => setTimeout(done, delay));
      const type = types[extname(file)] ?? 'application/octet-stream';
      // Text goes out gzipped when the browser asks, as any host sends it: page-speed figures count real bytes.
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /^(text\/|application\/json|image\/svg)/.test(type);
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...hooks.headers?.(path),
      });
      if (gzip) {
        res.end(gzipSync(body));
        return;
      }
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 5173);
  const server = await startServer(port);
  const { port: actual } = server.address();
  console.log(`Stride Widgets demo: http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
}
