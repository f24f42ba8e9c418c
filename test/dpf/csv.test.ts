import { describe, expect, it } from 'vitest';
import { CsvFileError, detectDelimiter, parseCsv } from '../../src/dpf/csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and keeps each record’s first line', () => {
    const records = parseCsv('a,b,c\r\n1,"x, ""y""\r\nz",3\r\n4,5,6');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, "y"\r\nz', '3'] },
      { line: 4, fields: ['4', '5', '6'] },
    ]);
  });

  it('accepts LF and a final line break, skips blank lines and strips a byte order mark', () => {
    expect(parseCsv('\ufeffa,b\n\n1,2\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
    ]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv('a,,\n')[0]?.fields).toEqual(['a', '', '']);
  });

  it('marks a quote inside an unquoted field and text after a closing quote, without guessing', () => {
    const [first, second] = parseCsv('ab"c,d\n"x"y,z');
    expect(first?.error).toMatch(/quote inside a field/);
    expect(second?.error).toMatch(/after the closing quote/);
    expect(second?.line).toBe(2);
  });

  it('fails the file on a quote never closed, naming the line it opened on', () => {
    expect(() => parseCsv('a,b\n1,2\n3,"open\n4,5\n')).toThrow(CsvFileError);
    try {
      parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    } catch (error) {
      expect((error as CsvFileError).line).toBe(3);
    }
  });

  it('detects semicolon and tab delimiters from the header', () => {
    expect(detectDelimiter('name;hr_data\nx;y')).toBe(';');
    expect(detectDelimiter('name\thr_data')).toBe('\t');
    expect(detectDelimiter('"a;b",c')).toBe(',');
    expect(parseCsv('a;b\n"1;2";3')[1]?.fields).toEqual(['1;2', '3']);
  });
});
