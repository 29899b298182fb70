import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/core/escape.ts';
import { parse } from '../charts/svg-tree.ts';

describe('escapeXml', () => {
  it('escapes the five XML-significant characters', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('makes script and attribute-breaking payloads inert', () => {
    expect(escapeXml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeXml('"onload="x')).toBe('&quot;onload=&quot;x');
    // Inside an attribute the payload stays one attribute value.
    const svg = parse(`<svg data-label="${escapeXml('"onload="x')}"></svg>`);
    expect(svg.attrs).toEqual({ 'data-label': '"onload="x' });
  });

  it('does not double-escape in a single pass and leaves plain text alone', () => {
    expect(escapeXml('Binjai Utara 88.364 jiwa')).toBe('Binjai Utara 88.364 jiwa');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops characters that are illegal in XML 1.0 (downloaded SVGs must parse)', () => {
    expect(escapeXml('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
  });

  it('accepts numbers and nullish values', () => {
    expect(escapeXml(3.5)).toBe('3.5');
    expect(escapeXml(null)).toBe('');
    expect(escapeXml(undefined)).toBe('');
  });
});

describe('test XML reader (guards the escaping tests)', () => {
  it('rejects unescaped markup in text and attributes', () => {
    expect(() => parse('<svg><text>a < b</text></svg>')).toThrow();
    expect(() => parse('<svg><text>a & b</text></svg>')).toThrow();
    expect(() => parse('<svg a="x"onload="y"></svg>')).toThrow();
    expect(() => parse('<svg><g></svg>')).toThrow();
  });
});
