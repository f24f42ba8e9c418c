import { describe, expect, it, vi } from 'vitest';
import type { LawProfile } from '../../src/tia/schema.js';

/**
 * The review point counts the destination's unconfirmed facts in words, as running text writes them
 * ("Three of the facts …"). The shipped profiles have 2, 3, 4 and 7; a profile with another count must
 * still read right, so the generic profile is given 1 to 11 unconfirmed statements here.
 */

const unconfirmed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/tia/profiles.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/tia/profiles.js')>();
  return {
    ...real,
    lawProfileById: (id: Parameters<typeof real.lawProfileById>[0]): LawProfile => {
      const p = real.lawProfileById(id);
      if (id !== 'generic') return p;
      const first = p.statements[0]!;
      const extra = Array.from({ length: unconfirmed.count }, (_, i) => ({
        ...first,
        id: `generic-unconfirmed-${i}`,
        confidence: 'unconfirmed' as const,
      }));
      return { ...p, statements: [...p.statements, ...extra] };
    },
  };
});

const { assessTia } = await import('../../src/tia/index.js');

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
    unconfirmed.count = count;
    const r = assessTia(
      { laws: { findings: [] } },
      { destination: 'BR', transferTool: 'scc', sccModule: 2, asOf: '2026-11-26' },
    );
    expect(r.laws?.unconfirmed).toHaveLength(count);
    expect(r.legalReview[0]?.en).toBe(
      `${en} of the facts on the destination’s law could not be confirmed against a primary source; the report marks them. Check them against current sources before relying on them.`,
    );
    expect(r.legalReview[0]?.sv.startsWith(`${sv} av uppgifterna om mottagarlandets lag`)).toBe(true);
  });

  it('none: no such point at all', () => {
    unconfirmed.count = 0;
    const r = assessTia({}, { destination: 'BR', transferTool: 'scc', sccModule: 2, asOf: '2026-11-26' });
    expect(r.legalReview.map((p) => p.en).join(' ')).not.toContain('could not be confirmed');
  });
});
