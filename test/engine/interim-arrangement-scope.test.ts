import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

/**
 * The EU–UK interim provision (TCA Art. FINPROV.10A, 1 January to 27 June 2021) made transmissions from the
 * Union to the United Kingdom no transfer; the answer says so, with the arrangement's sources, and sends it
 * to review (test/scenarios/dates.scenarios.ts). Where the arrangement plays no part in the answer, nothing
 * of it may be said: a flow from outside the Union, and a flow to an international organisation, which is an
 * importer of its own under Chapter V wherever it sits.
 */

const march2021 = '2021-03-01';
// The arrangement's own warnings, and the one saying its record is unconfirmed (not those of other instruments).
const said = (v: ReturnType<typeof only>) =>
  v.warnings
    .filter((w) => w.code.startsWith('interim-arrangement') || /FINPROV/.test(w.message))
    .map((w) => w.code);

describe('where the EU–UK interim provision plays no part', () => {
  it('a Norwegian company sends to an international organisation seated in the UK: a transfer to the organisation, nothing of the arrangement', () => {
    const v = only(
      [
        { id: 'no', country: 'NO', type: 'company' },
        { id: 'io', type: 'international-organisation', country: 'GB' },
      ],
      { from: 'no', to: 'io', fromRole: 'controller', toRole: 'controller' },
      march2021,
    );
    expect(v.kind).toBe('transfer');
    expect(v.trail.find((s) => s.id === 'recipientLocation')?.value).toBe('international-organisation');
    expect(said(v)).toEqual([]);
  });
});

describe('an exporter outside the Union', () => {
  it('a US company under Art. 3(2) sends to the UK on 1 March 2021: the provision covers transmissions from the Union only, so nothing of it', () => {
    const v = only(
      [
        { id: 'us', country: 'US', type: 'company', gdprBasis: 'targeting' },
        { id: 'gb', country: 'GB', type: 'company', gdprBasis: 'none' },
      ],
      { from: 'us', to: 'gb', fromRole: 'controller', toRole: 'processor' },
      march2021,
    );
    expect(v.kind).toBe('transfer');
    expect(said(v)).toEqual([]);
  });
});

describe('where it decides', () => {
  it('a Swedish company sends to the UK on 1 March 2021: the step names both places and the arrangement, and notes its title and article', () => {
    const v = only(
      [
        { id: 'se', country: 'SE', type: 'company' },
        { id: 'gb', country: 'GB', type: 'company', gdprBasis: 'none' },
      ],
      { from: 'se', to: 'gb', fromRole: 'controller', toRole: 'processor' },
      march2021,
    );
    const step = v.trail.find((s) => s.id === 'recipientLocation');
    expect(step).toMatchObject({
      value: 'third-country-interim',
      by: 'parties[1].country, parties[0].country; data:interim-arrangements/eu-uk-tca-finprov-10a',
      note: expect.stringMatching(/^EU–UK Trade and Cooperation Agreement, Art\. FINPROV\.10A/),
      cites: expect.arrayContaining(['EU–UK Trade and Cooperation Agreement, Art. FINPROV.10A']),
    });
  });
});
