/**
 * Where the printable PPID forms are sent. A static site cannot store
 * requests, so by default the browser composes an e-mail to the PPID address
 * (mailto, works without JavaScript). To receive submissions on a server or a
 * form service instead, set FORM_ENDPOINT to its https URL (see
 * docs/panduan-ppid.md, "Menyambungkan formulir ke layanan penerima").
 */
export const FORM_ENDPOINT: string | null = null;

/** The form's action: the endpoint when set, otherwise a mailto: with the subject filled in. */
export function formAction(email: string, subject: string, endpoint: string | null = FORM_ENDPOINT): { action: string; enctype: string } {
  if (endpoint) return { action: endpoint, enctype: 'application/x-www-form-urlencoded' };
  return { action: `mailto:${email}?subject=${encodeURIComponent(subject)}`, enctype: 'text/plain' };
}
