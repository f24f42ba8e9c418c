import { describe, expect, it } from 'vitest';
import type { Question } from '../../machines/questionnaire.js';
import { transferMachine } from '../../machines/transfer.js';
import { assessmentCase } from '../../src/domain/case.js';
import { validateCase } from '../../src/engine/validate-case.js';
import { assess, assumed, codes, only } from './helpers.js';

/**
 * Corrections made after a legal review (test/review/legal-scenarios.test.ts): each test fails without
 * its correction.
 */

const today = '2026-11-01';
const se = { id: 'se', country: 'SE', type: 'company' as const };
const company = (id: string, country: string, extra: object = {}) => ({
  id,
  country,
  type: 'company' as const,
  gdprBasis: 'none' as const,
  ...extra,
});
const message = (v: { warnings: { code: string; message: string }[] }, code: string) =>
  v.warnings.find((w) => w.code === code)?.message ?? '';

describe('adequacy: conditions and exclusions are said apart (Art. 45(3))', () => {
  it('Japan: the APPI condition must hold, the press and other exclusions must not apply', () => {
    for (const lang of ['en', 'sv'] as const) {
      const v = only(
        [se, company('jp', 'JP')],
        { from: 'se', to: 'jp', fromRole: 'controller', toRole: 'processor' },
        today,
        lang,
      );
      expect(v.mechanism).toBe('adequacy');
      const text = message(v, 'adequacy-conditions');
      const [holds, excluded] =
        lang === 'en'
          ? ['only if the following hold', 'does not cover the following']
          : ['bara om följande gäller', 'omfattar inte följande'];
      // The APPI condition comes in the first sentence, the press exclusion only in the second.
      const split = text.indexOf(excluded);
      expect(text.indexOf(holds)).toBeGreaterThanOrEqual(0);
      expect(split).toBeGreaterThan(text.indexOf(holds));
      expect(text.slice(0, split)).toMatch(/APPI/);
      expect(text.slice(0, split)).not.toMatch(/press/i);
      expect(text.slice(split)).toMatch(/press/i);
    }
  });

  it('the UK decision of 2021 has only an exclusion: no sentence says the transfer must meet it', () => {
    const v = only(
      [se, company('uk', 'GB')],
      { from: 'se', to: 'uk', fromRole: 'controller', toRole: 'processor' },
      '2024-11-01',
      'sv',
    );
    const text = message(v, 'adequacy-conditions');
    expect(text).toMatch(/immigration/);
    expect(text).not.toMatch(/bara om följande gäller/);
    expect(text).toMatch(/bekräfta att inget av det gäller/);
    expect(v.adequacy?.conditionsToConfirm.map((c) => c.kind)).toEqual(['exclusion']);
    expect(codes(v)).toContain('adequacy-conditions');
  });
});

describe('an importer whose processing falls within the GDPR (Decision (EU) 2021/914, recital 7)', () => {
  const flow = { from: 'se', to: 'in', fromRole: 'controller', toRole: 'processor' } as const;

  it('names Art. 3(1) for an importer with an EU establishment and Art. 3(2) for one targeting the EU', () => {
    const established = only([se, company('in', 'IN', { gdprBasis: 'establishment' })], flow, today);
    const targeting = only([se, company('in', 'IN', { gdprBasis: 'targeting' })], flow, today, 'sv');
    expect(message(established, 'importer-subject-to-gdpr')).toMatch(/Art\. 3\(1\)/);
    expect(message(established, 'importer-subject-to-gdpr')).not.toMatch(/3\(2\)/);
    expect(message(targeting, 'importer-subject-to-gdpr')).toMatch(/art\. 3\.2/);
    expect(message(targeting, 'importer-subject-to-gdpr')).not.toMatch(/3\.1/);
  });

  it('the SCC module question asks about both bases, and the unknown case says so too', () => {
    const result = assess([se, { id: 'in', country: 'IN', type: 'company' as const }], [flow], today);
    const v = result.flows[0]!;
    const step = v.trail.find((t) => t.id === 'importerSubjectToGdpr');
    expect(step?.question).toMatch(/Art\. 3\(1\)/);
    expect(step?.question).toMatch(/Art\. 3\(2\)/);
    expect(assumed(result, 'importer-gdpr-status-unknown')?.message).toMatch(/Art\. 3\(1\)/);
  });
});

describe('caveats where the law is not stated', () => {
  it('a self-employed contractor is usually another party; one under direct authority may count as staff', () => {
    const { question } = transferMachine.root.states.disclosure!.meta as { question: Question };
    expect(question.help?.en).toMatch(/usually/);
    expect(question.help?.en).toMatch(/Art\. 29/);
    expect(question.help?.sv).toMatch(/vanligen/);
    expect(question.help?.sv).toMatch(/art\. 29/);
  });

  it('module 1 between joint controllers is common practice, not stated in Decision (EU) 2021/914', () => {
    const parties = [se, company('in', 'IN')];
    const joint = only(
      parties,
      { from: 'se', to: 'in', fromRole: 'controller', toRole: 'joint-controller' },
      today,
    );
    const alone = only(
      parties,
      { from: 'se', to: 'in', fromRole: 'controller', toRole: 'controller' },
      today,
    );
    expect(joint.scc?.module).toBe(1);
    expect(joint.warnings).toContainEqual(
      expect.objectContaining({ code: 'joint-controllers-module1', review: true }),
    );
    expect(joint.obligations).toContain('art26-arrangement');
    expect(codes(alone)).not.toContain('joint-controllers-module1');
    const conclusion = joint.trail.filter((t) => t.machine === 'sccModule').at(-1)?.answer;
    expect(conclusion).toMatch(/common practice/);
  });
});

describe("the importer's place is its organisation's (EDPB Guidelines 05/2021, criterion 3)", () => {
  const de = { id: 'de', country: 'DE', type: 'company' as const };

  it('an EU processor whose employee in the US reads the data: no transfer, the processor access flagged', () => {
    const v = only(
      [se, de, { id: 'emp', country: 'US', type: 'individual' as const, employerId: 'de' }],
      { from: 'se', to: 'emp', fromRole: 'controller', toRole: 'processor', how: 'remote-access' },
      today,
    );
    expect(v).toMatchObject({ kind: 'not-a-transfer', mechanism: 'none' });
    expect(v.trail.find((t) => t.id === 'recipientLocation')).toMatchObject({
      value: 'eea',
      by: 'parties[2].employerId → parties[1].country',
    });
    expect(v.warnings).toContainEqual(
      expect.objectContaining({ code: 'importer-staff-elsewhere', review: true }),
    );
    expect(message(v, 'importer-staff-elsewhere')).toMatch(/Art\. 28/);
    expect(v.obligations).toContain('art28-contract');
  });

  it('a US processor outside the GDPR whose employee sits in Sweden: a transfer to the US, flagged', () => {
    const v = only(
      [se, company('us', 'US'), { id: 'emp', country: 'SE', type: 'individual' as const, employerId: 'us' }],
      { from: 'se', to: 'emp', fromRole: 'controller', toRole: 'processor' },
      today,
    );
    expect(v).toMatchObject({ kind: 'transfer', mechanism: 'scc', scc: { module: 2 } });
    // The adequacy lookup and the transfer impact assessment look at the US, not Sweden.
    expect(v.trail.find((t) => t.id === 'adequacyInForce')).toMatchObject({ value: 'yes-dpf' });
    expect(v.tia?.destination).toMatchObject({ code: 'US', profile: 'us' });
    expect(v.warnings).toContainEqual(
      expect.objectContaining({ code: 'importer-staff-elsewhere', review: true }),
    );
  });

  it('an employee in the same country as the employer raises no warning', () => {
    const v = only(
      [se, company('in', 'IN'), { id: 'emp', country: 'IN', type: 'individual' as const, employerId: 'in' }],
      { from: 'se', to: 'emp', fromRole: 'controller', toRole: 'processor' },
      today,
    );
    expect(v.kind).toBe('transfer');
    expect(codes(v)).not.toContain('importer-staff-elsewhere');
  });
});

describe('the EU-UK Trade and Cooperation Agreement, Art. FINPROV.10A (data/interim-arrangements.json)', () => {
  const flow = { from: 'se', to: 'r', fromRole: 'controller', toRole: 'processor' } as const;
  const to = (country: string) => [se, company('r', country)];

  it('GB on 1 March 2021: not a transfer, with the conditions and the article, for legal review', () => {
    for (const lang of ['en', 'sv'] as const) {
      const v = only(to('GB'), flow, '2021-03-01', lang);
      expect(v).toMatchObject({ kind: 'not-a-transfer', mechanism: 'none' });
      expect(v.trail.at(-1)).toMatchObject({ id: 'conclusion', value: 'notTransferInterimArrangement' });
      const step = v.trail.find((t) => t.id === 'recipientLocation');
      expect(step?.value).toBe('third-country-interim');
      expect(step?.by).toMatch(/data:interim-arrangements\/eu-uk-tca-finprov-10a/);
      expect(step?.cites).toContain('EU–UK Trade and Cooperation Agreement, Art. FINPROV.10A');
      const warning = v.warnings.find((w) => w.code === 'interim-arrangement');
      expect(warning?.review).toBe(true);
      expect(warning?.message).toMatch(/FINPROV\.10A/);
      expect(warning?.message).toMatch(/31 (December|december) 2020/);
      expect(warning?.message).toMatch(lang === 'en' ? /designated powers/ : /partnerskapsrådet/);
      // The record is marked unconfirmed (the page of Art. 782 in the final text is not verified).
      expect(codes(v)).toContain('unconfirmed-legal-fact');
      expect(v.obligations).toContain('art28-contract');
    }
  });

  it('GB on the first and last day of the period, and the day the adequacy decision took over', () => {
    expect(only(to('GB'), flow, '2020-12-31').trail.at(-1)?.value).toBe('notTransferRecipientInEea');
    expect(only(to('GB'), flow, '2021-01-01').trail.at(-1)?.value).toBe('notTransferInterimArrangement');
    expect(only(to('GB'), flow, '2021-06-27').trail.at(-1)?.value).toBe('notTransferInterimArrangement');
    expect(only(to('GB'), flow, '2021-06-28')).toMatchObject({
      kind: 'transfer',
      mechanism: 'adequacy',
      adequacy: { decision: '2021-1772' },
    });
  });

  it('GB on 1 July 2021: a transfer on Decision (EU) 2021/1772, no interim warning', () => {
    const v = only(to('GB'), flow, '2021-07-01');
    expect(v).toMatchObject({ kind: 'transfer', mechanism: 'adequacy', adequacy: { decision: '2021-1772' } });
    expect(codes(v)).not.toContain('interim-arrangement');
  });

  it('Gibraltar on 1 March 2021: a transfer, the agreement does not reach it', () => {
    const v = only(to('GI'), flow, '2021-03-01');
    expect(v).toMatchObject({ kind: 'transfer', mechanism: 'unresolved' });
    expect(v.adequacy).toBeUndefined();
    expect(codes(v)).toContain('scc-2021-not-yet-applicable');
    expect(codes(v)).not.toContain('interim-arrangement');
  });

  it('from an EEA-EFTA state: assessed as a transfer, the possible accession sent to review', () => {
    const v = only(
      [{ id: 'no', country: 'NO', type: 'company' as const }, company('r', 'GB')],
      { ...flow, from: 'no' },
      '2021-03-01',
    );
    expect(v.kind).toBe('transfer');
    expect(v.warnings).toContainEqual(
      expect.objectContaining({ code: 'interim-arrangement-unsettled', review: true }),
    );
  });

  it('an onward transfer from outside the Union to the UK stays an onward transfer', () => {
    const { flows } = assess(
      [se, company('in', 'IN'), company('r', 'GB')],
      [
        { from: 'se', to: 'in', fromRole: 'controller', toRole: 'processor' },
        { from: 'in', to: 'r', fromRole: 'processor', toRole: 'processor' },
      ],
      '2021-03-01',
    );
    expect(flows[0]?.kind).toBe('transfer');
    expect(flows[1]).toMatchObject({ kind: 'onward-transfer', originatingFlows: ['f1'] });
    expect(codes(flows[1]!)).not.toContain('interim-arrangement');
  });
});

describe('dates: the GDPR from 25 May 2018, Decision (EU) 2021/914 from 27 June 2021 (data/instruments.json)', () => {
  const india = company('in', 'IN');
  const c2p = { from: 'se', to: 'in', fromRole: 'controller', toRole: 'processor' } as const;

  it('refuses a date before the GDPR applied, naming asOf', () => {
    const input = assessmentCase.parse({
      asOf: '2018-05-24',
      parties: [
        { ...se, name: 'SE' },
        { ...india, name: 'IN' },
      ],
      flows: [{ id: 'f1', ...c2p }],
    });
    expect(validateCase(input, '2018-05-24')).toEqual([
      { field: 'asOf', reason: expect.stringMatching(/2018-05-25/) },
    ]);
    expect(validateCase(input, '2018-05-25')).toEqual([]);
  });

  it('before 27 June 2021: no 2021 module; the sets then in force are named, for legal review', () => {
    const v = only([se, india], c2p, '2019-06-01');
    expect(v).toMatchObject({ kind: 'transfer', mechanism: 'unresolved' });
    expect(v.scc).toBeUndefined();
    expect(v.obligations).not.toContain('tia');
    expect(v.trail.some((t) => t.machine === 'sccModule')).toBe(false);
    const warning = v.warnings.find((w) => w.code === 'scc-2021-not-yet-applicable');
    expect(warning?.review).toBe(true);
    expect(warning?.message).toMatch(/2021-06-27/);
    expect(warning?.message).toMatch(
      /For this relationship \(controller to processor\): Commission Decision 2010\/87\/EU/,
    );
    // The alternatives and derogations hold under the GDPR on that date.
    expect(v.alternatives).toContain('derogation');
    expect(v.derogations.length).toBeGreaterThan(0);
  });

  it('before 27 June 2021, controller to controller gets sets I and II; a processor exporter none', () => {
    const c2c = only([se, india], { ...c2p, toRole: 'controller' }, '2021-06-26', 'sv');
    const text = message(c2c, 'scc-2021-not-yet-applicable');
    expect(text).toMatch(/2001\/497\/EG/);
    expect(text).toMatch(/2004\/915\/EG/);
    const p2p = only([se, india], { ...c2p, fromRole: 'processor' }, '2020-01-10');
    expect(p2p.mechanism).toBe('unresolved');
    expect(message(p2p, 'scc-2021-not-yet-applicable')).toMatch(
      /None of them was made for this relationship/,
    );
  });

  it('from 27 June 2021 the modules are proposed, with what Art. 4 still allowed for the earlier sets', () => {
    const first = only([se, india], c2p, '2021-06-27');
    expect(first).toMatchObject({ mechanism: 'scc', scc: { module: 2 } });
    expect(message(first, 'earlier-scc-transition')).toMatch(/Until 2021-09-26 a new contract/);
    const later = only([se, india], c2p, '2022-06-01');
    expect(message(later, 'earlier-scc-transition')).not.toMatch(/a new contract/);
    expect(message(later, 'earlier-scc-transition')).toMatch(/until 2022-12-27/);
    expect(codes(only([se, india], c2p, '2022-12-28'))).not.toContain('earlier-scc-transition');
    // No earlier set served a processor exporter: nothing to say for module 3.
    expect(codes(only([se, india], { ...c2p, fromRole: 'processor' }, '2021-07-01'))).not.toContain(
      'earlier-scc-transition',
    );
  });

  it('adequacy is still found for an earlier date: Japan in 2019', () => {
    const v = only([se, company('in', 'JP')], c2p, '2019-06-01');
    expect(v).toMatchObject({ mechanism: 'adequacy', adequacy: { decision: '2019-419' } });
    expect(codes(v)).not.toContain('scc-2021-not-yet-applicable');
  });
});

describe('Art. 46 and Art. 49: what the listed footings further require', () => {
  const india = company('in', 'IN');
  const c2c = {
    from: 'se',
    to: 'in',
    fromRole: 'controller',
    toRole: 'controller',
    occasional: true,
  } as const;

  it('the second subparagraph, Art. 49(4) and Art. 49(2) are spelt out for the derogations listed', () => {
    for (const lang of ['en', 'sv'] as const) {
      const v = only([se, india], c2c, today, lang);
      expect(v.derogations).toEqual(expect.arrayContaining(['49-1-second', '49-1-d', '49-1-g']));
      const text = message(v, 'derogation-conditions');
      for (const cite of lang === 'en'
        ? ['Art. 49(6)', 'Art. 49(4)', 'Art. 49(2)']
        : ['art. 49.6', 'art. 49.4', 'art. 49.2'])
        expect(text).toContain(cite);
      expect(text).toMatch(
        lang === 'en' ? /limited number of data subjects/ : /begränsat antal registrerade/,
      );
      expect(text).toMatch(
        lang === 'en' ? /inform the supervisory authority/ : /informera tillsynsmyndigheten/,
      );
    }
  });

  it('without the second subparagraph (regular transfers), its conditions are not listed', () => {
    const v = only([se, india], { ...c2c, occasional: false }, today);
    expect(v.derogations).not.toContain('49-1-second');
    expect(message(v, 'derogation-conditions')).not.toMatch(/second subparagraph/);
    expect(message(v, 'derogation-conditions')).toMatch(/Art\. 49\(4\)/);
  });

  it('a processor exporter is told the derogations are framed around the controller, for review', () => {
    const v = only([se, india], { ...c2c, fromRole: 'processor' }, today);
    expect(v.warnings).toContainEqual(
      expect.objectContaining({ code: 'derogations-processor-exporter', review: true }),
    );
    expect(codes(only([se, india], c2c, today))).not.toContain('derogations-processor-exporter');
  });

  it('BCRs only within a group; Art. 46(3)(b) only with the authority’s authorisation; further tools named', () => {
    const group = 'Exempelkoncernen';
    expect(only([se, india], c2c, today).alternatives).not.toContain('bcr');
    const bcr = only(
      [
        { ...se, group },
        { ...india, group },
      ],
      c2c,
      today,
    );
    expect(bcr.alternatives).toContain('bcr');
    expect(message(bcr, 'alternative-conditions')).toMatch(/joint economic activity/);
    expect(message(bcr, 'alternative-conditions')).toMatch(/Art\. 46\(2\)\(e\) and \(f\)/);
    expect(message(bcr, 'alternative-conditions')).toMatch(/Art\. 46\(3\)\(a\)/);
    const authorities = only(
      [
        { id: 'se', country: 'SE', type: 'public-authority' as const },
        { id: 'in', country: 'IN', type: 'public-authority' as const, gdprBasis: 'none' as const },
      ],
      { ...c2c, publicPowers: true },
      today,
      'sv',
    );
    expect(authorities.alternatives).toContain('art46-3b');
    expect(message(authorities, 'alternative-conditions')).toMatch(
      /tillstånd från behörig tillsynsmyndighet/,
    );
    // The mechanism's conclusion names the further Art. 46 tools without asserting they exist.
    const conclusion = bcr.trail.filter((t) => t.machine === 'mechanism').at(-1);
    expect(conclusion?.cites).toContain('GDPR Art. 46(3)(a)');
    expect(conclusion?.answer).toMatch(/where such exist for the case/);
  });
});

describe('the GDPR reached Iceland, Liechtenstein and Norway only on 20 July 2018', () => {
  const no = { id: 'no', country: 'NO', type: 'company' as const };
  const toProcessor = { fromRole: 'controller', toRole: 'processor' } as const;

  it('Sweden to Norway in June 2018: EEA as before, and the gap sent to legal review', () => {
    for (const lang of ['en', 'sv'] as const) {
      const v = only([se, no], { from: 'se', to: 'no', ...toProcessor }, '2018-06-01', lang);
      expect(v.kind).toBe('not-a-transfer');
      expect(v.warnings).toContainEqual(
        expect.objectContaining({ code: 'gdpr-not-yet-in-eea-efta', review: true }),
      );
      const text = message(v, 'gdpr-not-yet-in-eea-efta');
      expect(text).toMatch(
        lang === 'en' ? /not yet in Norway/ : /ännu inte i EES-Efta-staterna \(flödet berör Norge\)/,
      );
      expect(text).toMatch(/2018-07-20/);
      expect(text).toMatch(lang === 'en' ? /legal review/ : /juridisk granskning/);
    }
  });

  it("from Norway to India on 19 July 2018 the exporter's footing is flagged; on 20 July it is not", () => {
    const parties = [no, company('in', 'IN')];
    const flow = { from: 'no', to: 'in', ...toProcessor };
    expect(codes(only(parties, flow, '2018-07-19'))).toContain('gdpr-not-yet-in-eea-efta');
    expect(codes(only(parties, flow, '2018-07-20'))).not.toContain('gdpr-not-yet-in-eea-efta');
  });

  it('only the importer in Norway (its employee receives in Sweden): flagged too', () => {
    const staff = { id: 'staff', country: 'SE', type: 'individual' as const, employerId: 'no' };
    const v = only([se, no, staff], { from: 'se', to: 'staff', ...toProcessor }, '2018-06-01');
    expect(message(v, 'gdpr-not-yet-in-eea-efta')).toMatch(/not yet in Norway/);
  });

  it('said even while the transfer question is still open', () => {
    // A US sender whose footing under the GDPR is not given: the transfer test asks for it.
    const us = { id: 'us', country: 'US', type: 'company' as const };
    const v = only([us, no], { from: 'us', to: 'no', ...toProcessor }, '2018-06-01');
    expect(v.kind).toBe('undetermined');
    expect(codes(v)).toContain('gdpr-not-yet-in-eea-efta');
  });

  it('flows within the Union, or to a third country, in June 2018 are not flagged', () => {
    const de = { id: 'de', country: 'DE', type: 'company' as const };
    expect(codes(only([se, de], { from: 'se', to: 'de', ...toProcessor }, '2018-06-01'))).not.toContain(
      'gdpr-not-yet-in-eea-efta',
    );
    expect(
      codes(only([se, company('us', 'US')], { from: 'se', to: 'us', ...toProcessor }, '2018-06-01')),
    ).not.toContain('gdpr-not-yet-in-eea-efta');
  });
});

describe('the SCCs of modules 2 and 3 are also the Art. 28 contract (2021/914, recital 9, Clause 2(a))', () => {
  // Exporter and importer per module: the roles fix the module.
  const modules = [
    { module: 1, fromRole: 'controller', toRole: 'controller', says: false },
    { module: 2, fromRole: 'controller', toRole: 'processor', says: true },
    { module: 3, fromRole: 'processor', toRole: 'processor', says: true },
    { module: 4, fromRole: 'processor', toRole: 'controller', says: false },
  ] as const;

  it.each(modules)('module $module: says so $says', ({ module, fromRole, toRole, says }) => {
    for (const lang of ['en', 'sv'] as const) {
      const v = only(
        [{ ...se, gdprBasis: 'establishment' as const }, company('in', 'IN')],
        { from: 'se', to: 'in', fromRole, toRole, combinesWithEuData: true },
        today,
        lang,
      );
      expect(v.scc?.module).toBe(module);
      expect(codes(v).includes('art28-met-by-scc'), lang).toBe(says);
      if (says)
        expect(message(v, 'art28-met-by-scc')).toContain(
          lang === 'en' ? 'Art. 28(3) and (4)' : 'art. 28.3 och 28.4',
        );
    }
  });
});

describe('special categories need an Art. 9(2) condition besides the transfer tool', () => {
  it.each([
    ['US', 'scc'],
    ['JP', 'adequacy'],
  ])(
    'a flow of special categories to %s (%s) says so; the same flow without them does not',
    (country, mechanism) => {
      for (const lang of ['en', 'sv'] as const) {
        const flow = { from: 'se', to: 'imp', fromRole: 'controller', toRole: 'processor' } as const;
        const parties = [{ ...se, gdprBasis: 'establishment' as const }, company('imp', country)];
        const sensitive = only(parties, { ...flow, specialCategories: true }, today, lang);
        expect(sensitive.mechanism).toBe(mechanism);
        expect(message(sensitive, 'special-categories')).toContain(lang === 'en' ? 'Art. 9(2)' : 'art. 9.2');
        expect(codes(only(parties, { ...flow, specialCategories: false }, today, lang))).not.toContain(
          'special-categories',
        );
      }
    },
  );
});
