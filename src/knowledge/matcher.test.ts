import { describe, expect, it } from 'vitest';
import { AliasMatcher, defaultMode } from './matcher.js';
import { pieces } from './normalize.js';

function matcher(entries: Array<[string, string]>): AliasMatcher<string> {
  const m = new AliasMatcher<string>();
  for (const [alias, value] of entries) m.add(alias, value);
  return m;
}

function found(m: AliasMatcher<string>, text: string): string[] {
  return m.match(text).map((x) => `${text.slice(x.start, x.end)}=${x.values.join('|')}`);
}

describe('AliasMatcher', () => {
  it('matches short acronyms only in their exact case', () => {
    const m = matcher([['US', 'us'], ['IS', 'is'], ['UN', 'un'], ['AP', 'ap']]);
    expect(found(m, 'The US and the UN said it is up to us, AP reported.')).toEqual(['US=us', 'UN=un', 'AP=ap']);
    expect(found(m, 'Let us know; this is it; Ap is a name.')).toEqual([]);
    expect(defaultMode('ISKP')).toBe('exact');
    expect(defaultMode('Hamas')).toBe('capitalised');
  });

  it('matches longer names in any case that keeps their capitals', () => {
    const m = matcher([['International Crisis Group', 'icg'], ['al-Qaeda', 'aq'], ['Kabul', 'kabul']]);
    expect(found(m, 'INTERNATIONAL CRISIS GROUP and Al-Qaeda near KABUL')).toEqual([
      'INTERNATIONAL CRISIS GROUP=icg',
      'Al-Qaeda=aq',
      'KABUL=kabul',
    ]);
    expect(found(m, 'an international crisis group met in kabul')).toEqual([]);
  });

  it('prefers the longest match and does not overlap', () => {
    const m = matcher([
      ['Islamic State', 'is'],
      ['Islamic State Khorasan', 'isk'],
      ['Islamic State Khorasan Province', 'iskp'],
      ['Khorasan', 'khorasan'],
    ]);
    expect(found(m, 'Islamic State Khorasan Province claimed it; Islamic State Khorasan too; Islamic State also.')).toEqual([
      'Islamic State Khorasan Province=iskp',
      'Islamic State Khorasan=isk',
      'Islamic State=is',
    ]);
  });

  it('drops a possessive and treats hyphens and dashes as word breaks', () => {
    const m = matcher([['Taliban', 't'], ['IS-K', 'isk'], ['Afghanistan', 'af']]);
    expect(found(m, 'the Taliban’s rule, Afghanistan\'s border, IS-K\'s attack, IS–K and IS K')).toEqual([
      'Taliban=t',
      'Afghanistan=af',
      'IS-K=isk',
      'IS–K=isk',
      'IS K=isk',
    ]);
  });

  it('matches at word boundaries only', () => {
    const m = matcher([['Hamas', 'h'], ['Iran', 'ir']]);
    expect(found(m, 'Hamasville, Iranian, Tehran, (Hamas) "Iran"')).toEqual(['Hamas=h', 'Iran=ir']);
  });

  it('folds diacritics and apostrophes', () => {
    const m = matcher([["Côte d'Ivoire", 'ci'], ['Jalālābād', 'jbd']]);
    expect(found(m, 'Cote d’Ivoire and Jalalabad')).toEqual(['Cote d’Ivoire=ci', 'Jalalabad=jbd']);
  });

  it('keeps every value registered under one alias, once', () => {
    const m = matcher([['Georgia', 'country'], ['Georgia', 'state'], ['Georgia', 'state']]);
    expect(m.match('Georgia')[0].values).toEqual(['country', 'state']);
    expect(m.size).toBe(2);
  });

  it('splits possessives off words but keeps inner apostrophes', () => {
    expect(pieces("Shari'a Zelin's U.S.").map((p) => p.text)).toEqual(["Shari'a", 'Zelin', 'U', '.', 'S', '.']);
  });
});
