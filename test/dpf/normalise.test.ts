import { describe, expect, it } from 'vitest';
import { foldName, nameKeys, nameTokens, slugOf } from '../../src/dpf/normalise.js';

describe('foldName', () => {
  it('folds case, accents and letters Unicode does not decompose', () => {
    expect(foldName('Ácme ÅÄÖ Straße Ørsted Łódź Æble')).toBe('acme aao strasse orsted lodz aeble');
  });
});

describe('nameTokens', () => {
  it('drops apostrophes, splits on punctuation and reads & as "and"', () => {
    expect(nameTokens("Macy's Smith & Sons, Inc.")).toEqual(['macys', 'smith', 'and', 'sons', 'inc']);
  });

  it('joins runs of single letters, so dotted abbreviations become words', () => {
    expect(nameTokens('Exemplar Hosting, L.P.')).toEqual(['exemplar', 'hosting', 'lp']);
    expect(nameTokens('Acme L L C')).toEqual(['acme', 'llc']);
    expect(nameTokens('A.B.C. Widgets')).toEqual(['abc', 'widgets']);
  });
});

describe('nameKeys', () => {
  it('gives "Acme Corporation", "acme corp", "ACME, Inc." and "Ácme" the same core', () => {
    const cores = ['Acme Corporation', 'acme corp', 'ACME, Inc.', 'Ácme'].map((n) => nameKeys(n).coreKey);
    expect(new Set(cores)).toEqual(new Set(['acme']));
  });

  it('spells legal forms canonically, so Corp. and Corporation are the same full name', () => {
    expect(nameKeys('Acme Corp.').fullKey).toBe(nameKeys('ACME CORPORATION').fullKey);
    expect(nameKeys('Acme Corp.').fullKey).not.toBe(nameKeys('Acme Inc.').fullKey);
  });

  it('strips stacked legal forms and a joining "and", and a leading "the"', () => {
    expect(nameKeys('The Smith & Co. Ltd').core).toEqual(['smith']);
    expect(nameKeys('The Smith & Co. Ltd').legalForm).toBe('co ltd');
    expect(nameKeys('Müller GmbH').core).toEqual(['muller']);
  });

  it('keeps legal-form words that are not at the end, and never empties a name', () => {
    expect(nameKeys('The Company Store Inc.').core).toEqual(['co', 'store']);
    expect(nameKeys('Company').core).toEqual(['co']);
    expect(nameKeys('Johnson and Johnson').core).toEqual(['johnson', 'and', 'johnson']);
  });

  it('has no legal form when the name gives none', () => {
    expect(nameKeys('Acme').legalForm).toBe('');
  });
});

describe('slugOf', () => {
  it('makes a readable ASCII id', () => {
    expect(slugOf('Ärtvik Example Software Corp.')).toBe('artvik-example-software-corp');
    expect(slugOf('東京')).toBe('entry');
  });
});
