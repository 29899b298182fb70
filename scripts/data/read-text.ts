/**
 * The one reader of text files written by people (data/ and content/): refuses a folder where a
 * file is expected and bytes that are not UTF-8, each as a Problem naming the file, instead of a
 * stack trace or a silently published "�".
 */
import { readFile, stat } from 'node:fs/promises';
import { problem, type Problem, type TextFile } from '../../src/lib/core/problems.ts';
import { decodeUtf8 } from '../../src/lib/core/utf8.ts';

export interface ReadText {
  file?: TextFile;
  problem?: Problem;
}

export async function readTextFile(full: string, display: string): Promise<ReadText> {
  const info = await stat(full).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (!info)
    return { problem: problem({ file: display, message: 'berkas ini tidak ada', hint: `Buat berkas ${display} (contohnya ada di CONTRIBUTING.md), atau kembalikan berkas yang terhapus.` }) };
  if (info.isDirectory())
    return {
      problem: problem({
        file: display,
        message: 'ini sebuah folder, padahal di sini diharapkan satu berkas',
        hint: 'Pindahkan isi folder ini ke tempat lain (atau hapus foldernya); di folder ini setiap entri adalah satu berkas teks.',
      }),
    };
  const { text, problem: bad } = decodeUtf8(await readFile(full), display);
  return bad ? { file: { path: display, text }, problem: bad } : { file: { path: display, text } };
}
