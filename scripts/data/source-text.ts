/**
 * Lines of a source text as editors count them (`sed -n`, editor gutters):
 * a final newline ends the last line rather than starting an empty one.
 */
export function textLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
