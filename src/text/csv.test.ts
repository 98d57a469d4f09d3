import { describe, expect, it } from 'vitest';
import { parseCsvObjects, parseCsvRecords } from './csv.js';

describe('CSV', () => {
  it('reads quoted commas, doubled quotes, line breaks inside quotes, LF and CRLF', () => {
    expect(parseCsvRecords('a,b\r\n"x, y","say ""hi""\nthere"\n1,2')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['1', '2'],
    ]);
  });

  it('keys rows by the header and drops ragged rows', () => {
    expect(parseCsvObjects('id,name\n1,Kabul\n2\n3,Mosul\n')).toEqual([
      { id: '1', name: 'Kabul' },
      { id: '3', name: 'Mosul' },
    ]);
    expect(parseCsvObjects('')).toEqual([]);
  });
});
