/**
 * The one rule for every URL an officer writes (DIP `tautan`, links in PPID pages, dataset and
 * document metadata): an address on this portal starting with one "/", or an absolute https://
 * address. Protocol-relative "//host" (it leaves the site while looking local), "..", backslashes,
 * plain http:// and every other scheme are refused, each with the fix in Indonesian. Whether an
 * internal address exists is checked against the site (scripts/content/routes.ts before the build,
 * the built pages after it).
 */

/** A URL an officer wrote, and where: the file, line and field that messages name. */
export interface OfficerLink {
  url: string;
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  field?: string | undefined;
}

export interface LinkProblem {
  message: string;
  hint: string;
}

export interface LinkOptions {
  /** mailto: and tel: links (contact details in prose pages); never for DIP links. */
  allowContact?: boolean;
}

export const INTERNAL_EXAMPLE = '/ppid/dip/';
const EXTERNAL_HINT = 'Tulis alamat lengkap yang diawali https://, misalnya https://jdih.binjaikota.go.id/, atau alamat halaman portal ini yang diawali satu garis miring, misalnya /ppid/dip/.';

/** A site path that cannot climb out of the site or hide a host: no "..", ".", "\", spaces or control characters. */
const SEGMENT = "[A-Za-z0-9_.~!$&'()*+,;=:@%-]+";
const SAFE_PATH = new RegExp(`^/(?:${SEGMENT}(?:/${SEGMENT})*/?)?(?:#[A-Za-z0-9_.:-]*)?$`);

export function isInternal(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** Why a URL is refused, or undefined when its form is allowed. */
export function checkUrl(raw: string, options: LinkOptions = {}): LinkProblem | undefined {
  const url = raw.trim();
  if (url === '') return { message: 'alamat tautan kosong', hint: EXTERNAL_HINT };
  if (/^[/\\]{2}/.test(url) || url.startsWith('/\\'))
    return {
      message: `alamat "${url}" diawali dua garis miring: alamat seperti ini membawa pembaca ke situs lain walau tampak seperti alamat portal`,
      hint: `${EXTERNAL_HINT} Untuk halaman portal, pakai satu garis miring.`,
    };
  if (isInternal(url)) {
    let decoded = url;
    try {
      decoded = decodeURIComponent(url);
    } catch {
      return { message: `alamat "${url}" memuat kode persen (%) yang rusak`, hint: 'Salin alamat dari bilah alamat peramban, atau tulis tanpa kode %.' };
    }
    if (/(^|\/)\.\.?(\/|$|#)/.test(decoded) || decoded.includes('\\'))
      return { message: `alamat "${url}" memuat "..", "." atau "\\" yang keluar dari folder situs`, hint: `Tulis alamat lengkap dari akar situs tanpa "..", misalnya ${INTERNAL_EXAMPLE} atau /berkas/renstra-2021-2026.pdf.` };
    if (!SAFE_PATH.test(url))
      return { message: `alamat "${url}" memuat spasi atau tanda yang tidak boleh ada di alamat`, hint: 'Pakai huruf, angka, tanda hubung "-" dan garis miring saja; ganti spasi dengan "-" (juga pada nama berkas).' };
    return undefined;
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined)
    return { message: `alamat "${url}" tidak diawali "/" atau "https://"`, hint: `Halaman portal diawali garis miring, misalnya ${INTERNAL_EXAMPLE}; situs lain diawali https://.` };
  if (scheme === 'https') {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { message: `alamat "${url}" bukan alamat web yang sah`, hint: EXTERNAL_HINT };
    }
    if (parsed.username !== '' || parsed.password !== '')
      return { message: `alamat "${url}" memuat nama pengguna atau sandi sebelum "@"`, hint: 'Hapus bagian sebelum "@": alamat seperti ini dipakai untuk menyamarkan situs tujuan.' };
    if (!parsed.hostname.includes('.') || /[\s<>"]/.test(url))
      return { message: `alamat "${url}" tidak punya nama situs yang sah`, hint: EXTERNAL_HINT };
    return undefined;
  }
  if (scheme === 'http')
    return { message: `alamat "${url}" memakai http:// yang tidak terenkripsi`, hint: `Ganti menjadi ${url.replace(/^http:/i, 'https:')} (periksa dulu bahwa alamat itu terbuka dengan https).` };
  if ((scheme === 'mailto' || scheme === 'tel') && options.allowContact) return undefined;
  return {
    message: `alamat "${url}" memakai skema "${scheme}:" yang tidak diizinkan`,
    hint: options.allowContact ? `Hanya https://, mailto:, tel: dan alamat portal (diawali /) yang diizinkan. ${EXTERNAL_HINT}` : EXTERNAL_HINT,
  };
}

/** The file of the built site an internal URL resolves to: "/ppid/" → "/ppid/index.html"; fragments dropped. */
export function siteFileOf(url: string): string {
  const path = (url.split('#')[0] ?? url).split('?')[0] ?? url;
  return path.endsWith('/') ? `${path}index.html` : path;
}
