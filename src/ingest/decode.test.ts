import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SitrepError } from '../core/errors.js';
import { binaryReason, charsetFromContentType, declaredCharset, decodeBytes, normaliseCharset } from './decode.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SitrepError);
    return (error as SitrepError).code;
  }
  return undefined;
}

describe('decodeBytes', () => {
  it('decodes valid UTF-8 without a declaration as utf-8', () => {
    const out = decodeBytes(enc('Kabul — “quoted” café'));
    expect(out).toEqual({ text: 'Kabul — “quoted” café', charset: 'utf-8' });
  });

  it('falls back to windows-1252 for undeclared non-UTF-8 bytes (0x92 → ’, 0x93/0x94 → “ ”, 0x80 → €)', () => {
    const bytes = Uint8Array.from([...enc('He didn'), 0x92, ...enc('t say '), 0x93, ...enc('yes'), 0x94, ...enc(' for 5'), 0x80]);
    const out = decodeBytes(bytes);
    expect(out.charset).toBe('windows-1252');
    expect(out.text).toBe('He didn’t say “yes” for 5€');
  });

  it('treats a declared iso-8859-1 as windows-1252, as browsers do', () => {
    const bytes = Uint8Array.from([...enc('<meta charset="ISO-8859-1"><p>it'), 0x92, ...enc('s</p>')]);
    const out = decodeBytes(bytes);
    expect(out.charset).toBe('windows-1252');
    expect(out.text).toContain('it’s');
  });

  it('honours a UTF-8 BOM and strips it', () => {
    const out = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('Zürich')]));
    expect(out).toEqual({ text: 'Zürich', charset: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE with a BOM (NUL bytes are not binary there)', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ankara – “ok”', 'utf16le')]);
    expect(decodeBytes(le)).toEqual({ text: 'Ankara – “ok”', charset: 'utf-16le' });
    const be = Buffer.from(Buffer.from('Ankara – “ok”', 'utf16le')).swap16();
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: 'Ankara – “ok”', charset: 'utf-16be' });
  });

  it('recognises BOM-less UTF-16 LE text by its NUL pattern', () => {
    expect(decodeBytes(Buffer.from('Plain report text.', 'utf16le')).charset).toBe('utf-16le');
    expect(decodeBytes(Buffer.from('Plain report text, Ā included.', 'utf16le')).text).toBe('Plain report text, Ā included.');
  });

  it('uses <meta charset> when the bytes are not UTF-8', () => {
    const bytes = Uint8Array.from([...enc('<html><head><meta charset="windows-1251"></head><body>'), 0xcf, 0xf0, 0xe8, ...enc('</body>')]);
    const out = decodeBytes(bytes);
    expect(out.charset).toBe('windows-1251');
    expect(out.text).toContain('При');
  });

  it('uses <meta http-equiv="Content-Type"> and the XML declaration', () => {
    const meta = Uint8Array.from([...enc('<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'), 0x8a]);
    expect(decodeBytes(meta)).toMatchObject({ charset: 'windows-1250', text: expect.stringContaining('Š') });
    const xml = Uint8Array.from([...enc('<?xml version="1.0" encoding="ISO-8859-15"?><rss>'), 0xa4, ...enc('</rss>')]);
    expect(decodeBytes(xml)).toMatchObject({ charset: 'iso-8859-15', text: expect.stringContaining('€') });
  });

  it('prefers the HTTP charset over the page declaration, and ignores unknown charsets', () => {
    const bytes = Uint8Array.from([...enc('<meta charset="utf-8"><p>'), 0xe9, ...enc('</p>')]);
    expect(decodeBytes(bytes, 'text/html; charset="ISO-8859-1"').text).toContain('é');
    expect(decodeBytes(enc('<p>é</p>'), 'text/html; charset=x-no-such-charset').charset).toBe('utf-8');
  });

  it('decompresses gzip by its magic bytes', () => {
    const out = decodeBytes(gzipSync(Buffer.from('<p>Compressed page</p>')));
    expect(out.text).toBe('<p>Compressed page</p>');
  });

  it('refuses gzip that expands beyond the limit (E003) and truncated gzip (E004)', () => {
    const big = gzipSync(Buffer.alloc(100_000, 0x61));
    expect(codeOf(() => decodeBytes(big, undefined, { maxBytes: 10_000 }))).toBe('E003');
    expect(codeOf(() => decodeBytes(big.subarray(0, 20)))).toBe('E004');
  });

  it('refuses empty and whitespace-only input (E001)', () => {
    expect(codeOf(() => decodeBytes(new Uint8Array(0)))).toBe('E001');
    expect(codeOf(() => decodeBytes(enc(' \n\t \r\n')))).toBe('E001');
  });

  it('refuses binary input (E002): NUL bytes, control characters, known magic numbers', () => {
    expect(codeOf(() => decodeBytes(Uint8Array.from([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01, 0x44])))).toBe('E002');
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(codeOf(() => decodeBytes(controls))).toBe('E002');
    expect(codeOf(() => decodeBytes(enc('%PDF-1.7\n%âãÏÓ\n1 0 obj')))).toBe('E002');
  });
});

describe('charset helpers', () => {
  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetFromContentType('text/html; charset=UTF-8')).toBe('UTF-8');
    expect(charsetFromContentType('text/html;charset="koi8-r"')).toBe('koi8-r');
    expect(charsetFromContentType('text/html')).toBeUndefined();
  });

  it('finds declarations only near the start', () => {
    expect(declaredCharset(enc('<head><meta charset=utf-8>'))).toBe('utf-8');
    expect(declaredCharset(enc(`<head>${' '.repeat(5000)}<meta charset="koi8-r">`))).toBeUndefined();
  });

  it('normalises labels and rejects unknown ones', () => {
    expect(normaliseCharset('Latin1')).toBe('windows-1252');
    expect(normaliseCharset('UTF8')).toBe('utf-8');
    expect(normaliseCharset('bogus-42')).toBeUndefined();
  });

  it('does not call ordinary text binary', () => {
    expect(binaryReason(enc('Line one\r\n\tLine two\f\n'))).toBeUndefined();
  });
});
