/**
 * Text files must be UTF-8: Excel's "CSV (Comma delimited)" and Notepad's "ANSI" save Latin-1 or
 * Windows-1252, whose accented letters and curly quotes are not UTF-8 and would be published as "�".
 * The first bad byte is named by its offset and line, with how to save the file again.
 */
import { problem, type Problem } from './problems.ts';

const fatal = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong and surrogate forms are caught by the decoder; report their lead byte too.
    if (need > 0 && fatalFails(bytes.subarray(i, i + need + 1))) return i;
    i += need + 1;
  }
  return -1;
}

function fatalFails(seq: Uint8Array): boolean {
  try {
    fatal.decode(seq);
    return false;
  } catch {
    return true;
  }
}

export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; problem?: Problem } {
  try {
    return { text: fatal.decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const line = at < 0 ? undefined : bytes.subarray(0, at).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
    const byte = at < 0 ? '' : ` (bita 0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')} pada posisi ${at})`;
    return {
      text: lossy.decode(bytes),
      problem: problem({
        file,
        line,
        message: `berkas ini bukan teks UTF-8${byte}: huruf beraksen atau tanda kutip lengkung akan tampil sebagai "�"`,
        hint: file.endsWith('.csv')
          ? 'Simpan ulang sebagai "CSV UTF-8": di Excel pilih File → Save As → "CSV UTF-8 (Comma delimited)"; di LibreOffice pilih Simpan Sebagai → Teks CSV → centang "Sunting setelan filter" → Set karakter "Unicode (UTF-8)".'
          : 'Simpan ulang berkas ini dengan penyandian UTF-8 (di Notepad: Simpan Sebagai → Encoding "UTF-8"; di VS Code: klik penyandian di bilah bawah → "Save with Encoding" → UTF-8).',
      }),
    };
  }
}
