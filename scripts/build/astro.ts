/**
 * Astro renders the site into a staging folder, as a child process whose output is read line by
 * line: route lines become a page counter, warnings are printed on their own lines in Indonesian,
 * the rest (Astro's own progress chatter) is dropped unless `verbose`. On failure the last lines of
 * Astro's output are shown, since they hold the error.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { progress, warn } from './log.ts';

export interface AstroRun {
  pages: number;
  warnings: number;
}

const ROUTE = /[├└]─ (\S+)/;
// ANSI colour codes, in case a tool colours its output anyway.
const ANSI = /\x1b\[[0-9;]*m/g;
const WARNING = /\[(WARN|WARNING|ERROR)\]/;

/** Astro's warnings that officers and newcomers meet, said in Indonesian. */
const KNOWN: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/The collection "([^"]+)" does not exist or is empty/, (m) => `koleksi konten "${m[1]}" kosong atau tidak ada; halaman yang memakainya tampil tanpa isi.`],
  [/Duplicate id "([^"]+)" found in (\S+)/, (m) => `id "${m[1]}" dipakai dua kali di ${m[2]}; entri kedua menimpa yang pertama. Ganti salah satu id.`],
];

export function indonesianWarning(text: string): string {
  for (const [re, say] of KNOWN) {
    const m = re.exec(text);
    if (m) return say(m);
  }
  return `peringatan Astro: ${text.replace(/^.*?\[(WARN|WARNING|ERROR)\]\s*/, '')}`;
}

/**
 * What one line of Astro's output means for the build log: a route written (a page or a file),
 * a warning (said in Indonesian), both when a warning is printed in the middle of a route line,
 * or neither (Astro's own progress lines, dropped).
 */
export function classifyLine(line: string): { route: boolean; warning?: string } {
  const w = WARNING.exec(line);
  if (!w) return { route: ROUTE.test(line) };
  return { route: ROUTE.test(line.slice(0, w.index)), warning: indonesianWarning(line.slice(w.index)) };
}

let child: ChildProcess | undefined;

/** The running Astro process, so a signal to the build can be passed on to it. */
export function runningAstro(): ChildProcess | undefined {
  return child;
}

/** `dataBuild`: the staged data/build/ folder Astro reads (src/content.config.ts, PORTAL_DATA_BUILD). */
export function buildWithAstro(root: string, outDir: string, dataBuild: string, verbose: boolean): Promise<AstroRun> {
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const count = progress('halaman', 500);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: root,
      // NODE_ENV fixed: a caller's value (vitest sets "test") would change what Vite bundles, and so the bytes.
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC', FORCE_COLOR: '0', NODE_ENV: 'production', PORTAL_DATA_BUILD: dataBuild },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    const tail: string[] = [];
    let pages = 0;
    let warnings = 0;
    let pending = '';
    const onLine = (raw: string): void => {
      const line = raw.replace(ANSI, '');
      tail.push(line);
      if (tail.length > 60) tail.shift();
      if (verbose) {
        console.log(line);
        return;
      }
      const seen = classifyLine(line);
      if (seen.warning !== undefined) {
        warnings++;
        warn(seen.warning);
      }
      if (seen.route) count(++pages);
    };
    const onData = (chunk: Buffer): void => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) onLine(l);
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      child = undefined;
      if (pending) onLine(pending);
      if (code === 0) resolve({ pages, warnings });
      else {
        if (!verbose) console.error(tail.join('\n'));
        reject(new Error(`Astro berhenti dengan ${signal ? `sinyal ${signal}` : `kode keluar ${code}`}; pesannya di atas.`));
      }
    });
  });
}
