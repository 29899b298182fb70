import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { DIST } from './dist.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.yml': 'text/yaml; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves dist/ like a plain static host (directory → index.html, 404.html for
 * misses), with optional extra headers such as the deployed CSP. `root` serves
 * another built site, e.g. one built from a temporary copy of the project;
 * `gzip` compresses text responses as production hosts do; `withoutCspMeta` removes the pages'
 * <meta http-equiv="Content-Security-Policy">, so escaping and sanitising are tested with no CSP at all.
 */
export async function serveDist(
  headersOrFor: Record<string, string> | ((urlPath: string) => Record<string, string>) = {},
  root: string = DIST,
  options: { gzip?: boolean; withoutCspMeta?: boolean } = {},
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = typeof headersOrFor === 'function' ? headersOrFor(url.pathname) : headersOrFor;
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (options.withoutCspMeta && type.startsWith('text/html'))
        body = Buffer.from(body.toString('utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi, ''));
      // Like a production host: text compressed on request (Lighthouse judges transfer sizes).
      if (options.gzip && /^(text\/|application\/(json|ld\+json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', ...headers });
        res.end(gzipSync(body));
        return;
      }
      res.writeHead(200, { 'Content-Type': type, ...headers });
      res.end(body);
    } catch {
      const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Tidak ditemukan'));
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
      res.end(notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
