import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

/**
 * A partial adequacy decision's conditions (which must hold) and exclusions (which must not apply) are said
 * apart, each numbered from one (GDPR Art. 45(3)): a condition read as an exclusion, or the reverse, tells the
 * lawyer to confirm the opposite of what the decision requires.
 */

const asOf = '2026-11-01';
const toJapan = () =>
  only(
    [
      { id: 'se', country: 'SE', type: 'company' },
      { id: 'jp', country: 'JP', type: 'company', gdprBasis: 'none' },
    ],
    { from: 'se', to: 'jp', fromRole: 'controller', toRole: 'processor' },
    asOf,
  );

describe('the adequacy decision for Japan: the APPI condition, then the five exclusions', () => {
  it('the condition sentence holds the APPI condition only; the exclusion sentence the five exclusions only', () => {
    const v = toJapan();
    const message = v.warnings.find((w) => w.code === 'adequacy-conditions')!.message;
    const [conditions, exclusions] = message.split(
      ' It does not cover the following; confirm that none of them applies to this transfer: ',
    );
    expect(conditions).toMatch(
      /covers the transfer only if the following hold; confirm them: \(1\) The recipient is a personal information handling business operator subject to the Act on the Protection of Personal Information \(APPI\)/,
    );
    expect(conditions).not.toMatch(/\(2\)|press|religious/i);
    expect(exclusions).toMatch(
      /^\(1\) Broadcasters, newspaper publishers.*; \(2\) Persons engaged in professional writing.*; \(3\) Universities.*; \(4\) Religious bodies.*; \(5\) Political bodies, as far as they process the data for political activities\.$/,
    );
    expect(exclusions).not.toMatch(/APPI|business operator/);
  });

  it('the verdict lists them to confirm, each with its kind', () => {
    expect(toJapan().adequacy?.conditionsToConfirm?.map((c) => [c.id, c.kind])).toEqual([
      ['appi-business-operator', 'condition'],
      ['press', 'exclusion'],
      ['professional-writing', 'exclusion'],
      ['academic-studies', 'exclusion'],
      ['religious-activities', 'exclusion'],
      ['political-activities', 'exclusion'],
    ]);
  });
});

describe('a general decision (Switzerland)', () => {
  it('nothing to confirm: adequacy with no warning at all', () => {
    const v = only(
      [
        { id: 'se', country: 'SE', type: 'company' },
        { id: 'ch', country: 'CH', type: 'company', gdprBasis: 'none' },
      ],
      { from: 'se', to: 'ch', fromRole: 'controller', toRole: 'processor' },
      asOf,
    );
    expect(v.mechanism).toBe('adequacy');
    expect(v.adequacy?.conditionsToConfirm).toEqual([]);
    expect(v.warnings).toEqual([]);
  });
});
