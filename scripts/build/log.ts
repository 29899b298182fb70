/**
 * Build output a newcomer can read: one line per stage with what it made and how long it took,
 * warnings in Indonesian on their own lines, and a counter for the long stages (redrawn in place
 * on a terminal, a line every few hundred items in a CI log). The scale benchmark reads the stage
 * lines (scripts/bench/scale.ts, STAGE_LINE).
 */
import { formatNumber } from '../../src/lib/core/format.ts';

/** "✓ <stage> — <summary> (<seconds> s)": the line every stage ends with. */
export const STAGE_LINE = /^✓ (.+?) — .* \(([0-9.,]+) s\)$/gm;

const tty = process.stdout.isTTY === true;

export function seconds(ms: number): string {
  return formatNumber(ms / 1000, 1);
}

export function warn(text: string): void {
  clearProgress();
  console.log(`  ⚠ ${text}`);
}

let progressShown = false;

function clearProgress(): void {
  if (tty && progressShown) process.stdout.write('\r\x1b[2K');
  progressShown = false;
}

/** A counter for a long stage; `every` is how often a CI log (no terminal) gets a line. */
export function progress(label: string, every = 250): (count: number) => void {
  return (count) => {
    if (tty) {
      process.stdout.write(`\r\x1b[2K  … ${label}: ${formatNumber(count)}`);
      progressShown = true;
    } else if (count % every === 0) console.log(`  … ${label}: ${formatNumber(count)}`);
  };
}

/** Runs one stage; `fn` returns the summary shown after the dash. */
export async function stage(label: string, fn: () => Promise<string> | string): Promise<void> {
  if (tty) {
    process.stdout.write(`▶ ${label} …`);
    progressShown = true;
  }
  const started = performance.now();
  const summary = await fn();
  clearProgress();
  console.log(`✓ ${label} — ${summary} (${seconds(performance.now() - started)} s)`);
}
