import { afterEach, describe, expect, it } from 'vitest';
import { assessTia } from '../../src/tia/index.js';
import { lawProfileById } from '../../src/tia/profiles.js';

/**
 * The review point counts the destination's unconfirmed facts in words, as running text writes them
 * ("Three of the facts …"). The shipped profiles have 2, 3, 4 and 7; a profile with another count must
 * still read right, so the generic profile (as loaded) is given 1 to 11 unconfirmed statements here, and
 * its own statements back after each test.
 */

const generic = lawProfileById('generic');
const shipped = [...generic.statements];
afterEach(() => {
  generic.statements.splice(0, generic.statements.length, ...shipped);
});

function withUnconfirmed(count: number) {
  const first = shipped[0]!;
  for (let i = 0; i < count; i += 1)
    generic.statements.push({ ...first, id: `generic-unconfirmed-${i}`, confidence: 'unconfirmed' });
}

const context = {
  destination: 'BR',
  transferTool: 'scc' as const,
  sccModule: 2 as const,
  asOf: '2026-11-26',
};

describe('the count of unconfirmed facts, in words', () => {
  it.each([
    [1, 'One', 'En'],
    [2, 'Two', 'Två'],
    [3, 'Three', 'Tre'],
    [4, 'Four', 'Fyra'],
    [5, 'Five', 'Fem'],
    [6, 'Six', 'Sex'],
    [7, 'Seven', 'Sju'],
    [8, 'Eight', 'Åtta'],
    [9, 'Nine', 'Nio'],
    [10, 'Ten', 'Tio'],
    [11, '11', '11'],
  ])('%i: “%s of the facts”, “%s av uppgifterna”', (count, en, sv) => {
    withUnconfirmed(count);
    const r = assessTia({}, context);
    expect(r.laws?.unconfirmed).toHaveLength(count);
    expect(r.legalReview[0]?.en).toBe(
      `${en} of the facts on the destination’s law could not be confirmed against a primary source; the report marks them. Check them against current sources before relying on them.`,
    );
    expect(r.legalReview[0]?.sv.startsWith(`${sv} av uppgifterna om mottagarlandets lag`)).toBe(true);
  });

  it('none: no such point at all', () => {
    const r = assessTia({}, context);
    expect(r.laws?.unconfirmed).toEqual([]);
    expect(r.legalReview.map((p) => p.en).join(' ')).not.toContain('could not be confirmed');
  });
});
