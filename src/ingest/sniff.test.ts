import { describe, expect, it } from 'vitest';
import { kindFromContentType, kindFromFileName, resolveKind, sniffKind } from './sniff.js';

describe('sniffing', () => {
  it('tells feeds, HTML and plain text apart from the text', () => {
    expect(sniffKind('<?xml version="1.0"?>\n<!-- hi --><rss version="2.0">')).toBe('feed');
    expect(sniffKind('\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe('feed');
    expect(sniffKind('<!DOCTYPE html><html>')).toBe('html');
    expect(sniffKind('<div class="x"><p>fragment</p></div>')).toBe('html');
    expect(sniffKind('<p>one</p><p>two</p>')).toBe('html');
    expect(sniffKind('Use <p> for paragraphs.')).toBe('text');
    expect(sniffKind('Kabul (AP) — A blast <near> the airport killed 13.')).toBe('text');
  });

  it('maps file names and content types to declared kinds', () => {
    expect(kindFromFileName('a/page.HTML.gz')).toBe('html');
    expect(kindFromFileName('feed.atom')).toBe('feed');
    expect(kindFromFileName('data.xml')).toBe('xml');
    expect(kindFromFileName('notes.txt')).toBe('text');
    expect(kindFromFileName('README')).toBeUndefined();
    expect(kindFromContentType('text/html; charset=utf-8')).toEqual({ kind: 'html' });
    expect(kindFromContentType('application/rss+xml')).toEqual({ kind: 'feed' });
    expect(kindFromContentType('text/xml')).toEqual({ kind: 'xml' });
    expect(kindFromContentType(undefined)).toEqual({ kind: 'sniff' });
    expect(kindFromContentType('image/png')).toEqual({ refused: 'image/png' });
    expect(kindFromContentType('application/octet-stream')).toEqual({ refused: 'application/octet-stream' });
    expect(kindFromContentType('text/css')).toEqual({ refused: 'text/css' });
  });

  it('keeps a declared kind, but settles generic XML by its root', () => {
    expect(resolveKind('html', 'no tags at all')).toBe('html');
    expect(resolveKind('xml', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">')).toBe('html');
    expect(resolveKind('xml', '<urlset/>')).toBe('feed');
    expect(resolveKind('sniff', 'just words')).toBe('text');
  });
});
