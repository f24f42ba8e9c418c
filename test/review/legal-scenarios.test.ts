import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';

/**
 * A second reader's scenarios, run through POST /v1/assessments as a client would: behaviour checked
 * against the sources named in each comment. The gaps the reader found have been corrected since (see
 * test/engine/legal-findings.test.ts); each test here states the answer the law expects, exactly.
 */

const app = createApp({ config: { log: false } });

interface Verdict {
  id: string;
  kind: string;
  mechanism: string;
  adequacy?: {
    decision: string;
    covered: boolean;
    conditionsToConfirm: { id: string; kind: 'condition' | 'exclusion'; text: string }[];
  };
  scc?: {
    module: number;
    clause14: boolean;
    importerSubjectToGdpr: string;
    choices: { id: string; required: boolean; options?: { id: string }[] }[];
  };
  alternatives: string[];
  derogations: string[];
  obligations: string[];
  warnings: { code: string; message: string; review?: boolean }[];
  trail: { id: string; value: string; by?: string }[];
  tia?: {
    status: string;
    conclusion?: { outcome: string; state: string };
    technical?: { useCase?: number };
    assessor: { role: string; reviewer?: { role: string } };
  };
}

type Party = Record<string, unknown> & { id: string };
type Flow = Record<string, unknown> & { from: string; to: string; fromRole: string; toRole: string };

async function assess(asOf: string, parties: Party[], flows: Flow[], lang: 'en' | 'sv' = 'en') {
  const res = await app.request(`/v1/assessments?lang=${lang}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      asOf,
      parties: parties.map((p) => ({ name: p.id.toUpperCase(), ...p })),
      flows: flows.map((f, i) => ({ id: `f${i + 1}`, ...f })),
    }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { flows: Verdict[]; assumptions: { code: string; flows: string[] }[] };
  return Object.assign(body.flows, { assumptions: body.assumptions });
}

async function one(asOf: string, parties: Party[], flow: Flow, lang: 'en' | 'sv' = 'en') {
  const flows = await assess(asOf, parties, [flow], lang);
  expect(flows).toHaveLength(1);
  // What the case assumes is said once for the case; with one flow, it is this flow's.
  return Object.assign(flows[0]!, { assumed: flows.assumptions.map((a) => a.code) });
}

const codes = (v: Verdict) => v.warnings.map((w) => w.code);
const choiceIds = (v: Verdict) => v.scc?.choices.map((c) => c.id) ?? [];

const today = '2026-11-01';
const seCompany: Party = { id: 'se', country: 'SE', type: 'company' };
const seAuthority: Party = { id: 'myndighet', country: 'SE', type: 'public-authority' };
const company = (id: string, country: string, extra: Record<string, unknown> = {}): Party => ({
  id,
  country,
  type: 'company',
  gdprBasis: 'none',
  ...extra,
});
const epo = (extra: Record<string, unknown> = {}): Party => ({
  id: 'epo',
  name: 'European Patent Organisation',
  type: 'international-organisation',
  organisationId: 'european-patent-organisation',
  ...extra,
});

describe('Art. 49: derogations narrowed by Art. 49(3) and recital 111', () => {
  // GDPR Art. 49(3): "Points (a), (b) and (c) of the first subparagraph of paragraph 1 and the second
  // subparagraph thereof shall not apply to activities carried out by public authorities in the exercise
  // of their public powers." Recital 111 and EDPB Guidelines 2/2018 (section 1): the contract and
  // legal-claims derogations (b), (c) and (e) are for occasional transfers; the second subparagraph
  // requires a transfer that is not repetitive.
  const importer = { id: 'in-auth', country: 'IN', type: 'public-authority', gdprBasis: 'none' };

  it('a public authority using its public powers for regular transfers keeps only (d), (f) and (g)', async () => {
    const v = await one(today, [seAuthority, importer], {
      from: 'myndighet',
      to: 'in-auth',
      fromRole: 'controller',
      toRole: 'controller',
      publicPowers: true,
      occasional: false,
    });
    expect(v.derogations).toEqual(['49-1-d', '49-1-f', '49-1-g']);
    // Art. 46(2)(a) and 46(3)(b) are offered between public bodies (EDPB Guidelines 2/2020).
    expect(v.alternatives).toEqual(expect.arrayContaining(['art46-2a', 'art46-3b', 'derogation']));
  });

  it('a company with regular transfers loses (b), (c), (e) and the second subparagraph, keeps consent', async () => {
    const v = await one(today, [seCompany, company('vendor', 'IN')], {
      from: 'se',
      to: 'vendor',
      fromRole: 'controller',
      toRole: 'controller',
      occasional: false,
    });
    expect(v.derogations).toEqual(['49-1-a', '49-1-d', '49-1-f', '49-1-g']);
    expect(v.assumed).not.toContain('public-powers-unknown');
    const authority = await one(today, [seAuthority, company('vendor', 'IN')], {
      from: 'myndighet',
      to: 'vendor',
      fromRole: 'controller',
      toRole: 'controller',
      occasional: false,
    });
    expect(authority.assumed).toContain('public-powers-unknown');
  });

  it('a public authority outside its public powers keeps every derogation for an occasional transfer', async () => {
    const v = await one(today, [seAuthority, importer], {
      from: 'myndighet',
      to: 'in-auth',
      fromRole: 'controller',
      toRole: 'controller',
      publicPowers: false,
      occasional: true,
    });
    expect(v.derogations).toHaveLength(8);
  });
});

describe('transfer test (EDPB Guidelines 05/2021, version 2.0)', () => {
  it('an international organisation is an importer under criterion 3 even with its seat in the EU', async () => {
    // Criterion 3: "the importer is in a third country ... or is an international organisation". The
    // European Patent Organisation sits in Munich; the Commission's decision of 15 July 2025 covers it.
    const v = await one(today, [seCompany, epo({ country: 'DE' })], {
      from: 'se',
      to: 'epo',
      fromRole: 'controller',
      toRole: 'controller',
    });
    expect(v.kind).toBe('transfer');
    expect(v.trail.find((t) => t.id === 'recipientLocation')?.value).toBe('international-organisation');
    expect(v).toMatchObject({ mechanism: 'adequacy', adequacy: { covered: true } });
  });

  it('the EEA-EFTA states and Åland receive no transfer; Greenland and Monaco are third countries', async () => {
    const places = {
      LI: 'not-a-transfer',
      IS: 'not-a-transfer',
      AX: 'not-a-transfer',
      GL: 'transfer',
      MC: 'transfer',
    };
    for (const [country, kind] of Object.entries(places)) {
      const inEea = kind === 'not-a-transfer';
      const v = await one(
        today,
        [seCompany, company('r', country, inEea ? { gdprBasis: 'establishment' } : {})],
        {
          from: 'se',
          to: 'r',
          fromRole: 'controller',
          toRole: 'processor',
        },
      );
      expect({ country, kind: v.kind }).toEqual({ country, kind });
      // Neither Greenland nor Monaco has an adequacy decision.
      if (!inEea) expect(v.mechanism).toBe('scc');
    }
  });

  it('the Faroe Islands are outside the Treaties but covered by Decision 2010/146/EU', async () => {
    const v = await one(today, [seCompany, company('fo', 'FO')], {
      from: 'se',
      to: 'fo',
      fromRole: 'controller',
      toRole: 'processor',
    });
    expect(v).toMatchObject({ kind: 'transfer', mechanism: 'adequacy', adequacy: { decision: '2010-146' } });
  });

  it('a processor established in the EU receives no transfer when its own employee abroad reads the data', async () => {
    // EDPB 05/2021 criterion 3 looks at the importer, the other controller or processor: here a German
    // processor subject to the GDPR under Art. 3(1). Its employee in the US is part of it (the reasoning of
    // Example 5), so the controller's disclosure is no transfer; the processing abroad is the processor's,
    // a security and Art. 28(1) matter. The engine takes the employee's country as the importer's and
    // answers "transfer", looks up the DPF for the German company and proposes SCC module 2, which
    // Clause 1(b)(ii) reserves for importers in a third country.
    const v = await one(
      today,
      [
        seCompany,
        { id: 'de', country: 'DE', type: 'company' },
        { id: 'emp', country: 'US', type: 'individual', employerId: 'de' },
      ],
      { from: 'se', to: 'emp', fromRole: 'controller', toRole: 'processor', how: 'remote-access' },
    );
    expect(v.kind).toBe('not-a-transfer');
  });

  it('a third-country processor outside the GDPR is an importer even when its employee sits in Sweden', async () => {
    // The importer is the US company, stated to be outside the GDPR (gdprBasis "none"): once the data
    // reach it they leave the GDPR's protection, which is what Chapter V is for (criterion 3 looks at the
    // importer, not at where its staff sit). The engine answers "transfer" and asks for legal review of
    // the staff's location.
    const v = await one(
      today,
      [seCompany, company('us', 'US'), { id: 'emp', country: 'SE', type: 'individual', employerId: 'us' }],
      { from: 'se', to: 'emp', fromRole: 'controller', toRole: 'processor' },
    );
    expect(v.kind).toBe('transfer');
    expect(v.warnings.find((w) => w.code === 'importer-staff-elsewhere')?.review).toBe(true);
  });
});

describe('the United Kingdom and Gibraltar after the transition period', () => {
  const gb = company('uk', 'GB');

  it('EU-UK Trade and Cooperation Agreement, Art. FINPROV.10A: no transfer during the bridge', async () => {
    // TCA Art. FINPROV.10A(1) (OJ L 444, 31.12.2020, p. 14; Art. 782 of the final text, OJ L 149,
    // 30.4.2021, p. 10): for the specified period, which began on 1 January 2021 and ended when the
    // Commission adopted the UK adequacy decisions on 28 June 2021, transmission of personal data from
    // the Union to the UK "shall not be considered as transfer to a third country under Union law"
    // (conditions: the UK regime of 31 December 2020 unchanged, no designated powers used). The data
    // record the arrangement (data/interim-arrangements.json), so the engine answers "not a transfer".
    const v = await one('2021-03-15', [seCompany, gb], {
      from: 'se',
      to: 'uk',
      fromRole: 'controller',
      toRole: 'processor',
    });
    expect(v.kind).toBe('not-a-transfer');
  });

  it('the TCA does not apply to Gibraltar: a transfer in the same weeks, and no UK adequacy afterwards', async () => {
    for (const asOf of ['2021-03-15', '2023-01-10']) {
      const v = await one(asOf, [seCompany, company('gi', 'GI')], {
        from: 'se',
        to: 'gi',
        fromRole: 'controller',
        toRole: 'processor',
      });
      // Safeguards are needed on both dates; in March 2021 the 2021 SCCs did not yet apply (Decision (EU)
      // 2021/914, Art. 4), so the footing is left to review with the sets then in force named.
      if (asOf < '2021-06-27') {
        expect(v).toMatchObject({ kind: 'transfer', mechanism: 'unresolved' });
        expect(codes(v)).toContain('scc-2021-not-yet-applicable');
      } else {
        expect(v).toMatchObject({ kind: 'transfer', mechanism: 'scc' });
      }
      expect(v.adequacy).toBeUndefined();
    }
  });

  it('from 28 June 2021 Decision (EU) 2021/1772 covers the UK, with the immigration exclusion to confirm', async () => {
    const v = await one('2024-11-01', [seCompany, gb], {
      from: 'se',
      to: 'uk',
      fromRole: 'controller',
      toRole: 'processor',
    });
    expect(v).toMatchObject({ mechanism: 'adequacy', adequacy: { decision: '2021-1772', covered: true } });
    expect(v.adequacy?.conditionsToConfirm).toContainEqual(
      expect.objectContaining({ id: 'uk-immigration-control', kind: 'exclusion' }),
    );
  });

  it('an exclusion from a decision is not presented as a condition the transfer must meet', async () => {
    // Decision (EU) 2021/1772, Art. 1(2): the decision does NOT cover data transferred for UK immigration
    // control. The warning lists it after "covers the transfer only if the following hold", which reads
    // as if the transfer had to be for immigration control. The same happens with the Japanese and Korean
    // exclusions. Conditions and exclusions need their own sentences.
    const v = await one('2024-11-01', [seCompany, gb], {
      from: 'se',
      to: 'uk',
      fromRole: 'controller',
      toRole: 'processor',
    });
    const message = v.warnings.find((w) => w.code === 'adequacy-conditions')?.message ?? '';
    expect(message).toMatch(/immigration/);
    expect(message).toMatch(/not cover|except|exclu/i);
    expect(message).not.toMatch(/only if the following hold/);
  });
});

describe('adequacy scope by kind of importer', () => {
  it('Korea: Decision (EU) 2022/254 covers recipients under PIPA, the public sector included', async () => {
    const v = await one(
      today,
      [seAuthority, { id: 'kr', country: 'KR', type: 'public-authority', gdprBasis: 'none' }],
      {
        from: 'myndighet',
        to: 'kr',
        fromRole: 'controller',
        toRole: 'controller',
        publicPowers: true,
      },
    );
    expect(v).toMatchObject({ mechanism: 'adequacy', adequacy: { decision: '2022-254', covered: true } });
  });

  it('Japan: Decision (EU) 2019/419 covers business operators under the APPI, not public bodies', async () => {
    const v = await one(
      today,
      [seCompany, { id: 'jp', country: 'JP', type: 'public-authority', gdprBasis: 'none' }],
      {
        from: 'se',
        to: 'jp',
        fromRole: 'controller',
        toRole: 'controller',
      },
    );
    expect(v).toMatchObject({ mechanism: 'scc', adequacy: { decision: '2019-419', covered: false } });
  });
});

describe('SCC modules and their options (Decision (EU) 2021/914, Annex)', () => {
  const us = company('us', 'US');
  const india = company('in', 'IN');

  it('module 4 has no Clause 9, no Clause 13, no Annex I.C, II or III, and country-wide Clauses 17 and 18', async () => {
    const v = await one(today, [seCompany, india], {
      from: 'se',
      to: 'in',
      fromRole: 'processor',
      toRole: 'controller',
      combinesWithEuData: false,
    });
    expect(v.scc?.module).toBe(4);
    const ids = choiceIds(v);
    for (const absent of [
      'clause-9-option',
      'clause-9-period',
      'clause-13',
      'annex-I-C',
      'annex-II',
      'annex-III',
    ])
      expect(ids).not.toContain(absent);
    expect(ids).toEqual(
      expect.arrayContaining([
        'clause-7',
        'clause-11-body',
        'clause-17',
        'clause-18',
        'annex-I-A',
        'annex-I-B',
      ]),
    );
    expect(v.scc?.choices.find((c) => c.id === 'clause-17')?.options).toBeUndefined();
  });

  it('modules 2 and 3 carry the Clause 9 options and the two Clause 17 options; module 1 neither', async () => {
    const m2 = await one(today, [seCompany, india], {
      from: 'se',
      to: 'in',
      fromRole: 'controller',
      toRole: 'processor',
    });
    const m3 = await one(today, [seCompany, india], {
      from: 'se',
      to: 'in',
      fromRole: 'processor',
      toRole: 'processor',
    });
    const m1 = await one(today, [seCompany, india], {
      from: 'se',
      to: 'in',
      fromRole: 'controller',
      toRole: 'controller',
    });
    for (const v of [m2, m3]) {
      expect(choiceIds(v)).toEqual(
        expect.arrayContaining(['clause-9-option', 'clause-9-period', 'annex-III']),
      );
      expect(v.scc?.choices.find((c) => c.id === 'clause-17')?.options?.map((o) => o.id)).toEqual([
        'option-1',
        'option-2',
      ]);
      // Annex III is needed only with Clause 9 Option 1 (specific authorisation).
      expect(v.scc?.choices.find((c) => c.id === 'annex-III')?.required).toBe(false);
    }
    expect(choiceIds(m1)).not.toContain('clause-9-option');
    expect(m1.scc?.choices.find((c) => c.id === 'clause-17')?.options).toBeUndefined();
  });

  it('Clause 14 applies in module 4 only where the EU processor combines the data with EU-collected data', async () => {
    const flow = { from: 'se', to: 'in', fromRole: 'processor', toRole: 'controller' };
    const combined = await one(today, [seCompany, india], { ...flow, combinesWithEuData: true });
    const separate = await one(today, [seCompany, india], { ...flow, combinesWithEuData: false });
    expect(combined.scc?.clause14).toBe(true);
    expect(combined.obligations).toContain('tia');
    expect(separate.scc?.clause14).toBe(false);
    expect(separate.obligations).not.toContain('tia');
  });

  it('an onward transfer from a DPF-certified importer is governed by the adequacy decision it came under', async () => {
    const flows = await assess(
      today,
      [seCompany, { ...us, dpf: { active: true, hrData: false, nonHrData: true } }, india],
      [
        { from: 'se', to: 'us', fromRole: 'controller', toRole: 'processor', hrData: false },
        { from: 'us', to: 'in', fromRole: 'processor', toRole: 'processor' },
      ],
    );
    expect(flows[0]).toMatchObject({ kind: 'transfer', mechanism: 'adequacy' });
    expect(flows[1]).toMatchObject({ kind: 'onward-transfer', mechanism: 'none' });
    expect(flows[1]!.obligations).toContain('onward-transfer-conditions');
  });

  it('the importer warning names the provision that actually applies to the importer', async () => {
    // Recital 7 of Decision (EU) 2021/914 concerns any importer whose processing falls within the GDPR,
    // whether under Art. 3(1) or 3(2). An importer in India with an EU establishment (gdprBasis
    // "establishment") is subject to it through that establishment (Art. 3(1)), not under Art. 3(2).
    const v = await one(today, [seCompany, company('in', 'IN', { gdprBasis: 'establishment' })], {
      from: 'se',
      to: 'in',
      fromRole: 'controller',
      toRole: 'processor',
    });
    const message = v.warnings.find((w) => w.code === 'importer-subject-to-gdpr')?.message ?? '';
    expect(message).toContain('through an establishment in the EU/EEA (Art. 3(1))');
    expect(message).not.toMatch(/Art\. 3\(2\)/);
  });

  it('the 2021 SCCs are not proposed for a date before Decision (EU) 2021/914 applied', async () => {
    // Decision (EU) 2021/914 entered into force on 27 June 2021; until 27 September 2021 new contracts
    // could still use Decisions 2001/497/EC or 2010/87/EU, and those contracts stayed valid until
    // 27 December 2022 (Art. 4). An assessment as of 2019 proposes "module 2" without a word on this.
    const v = await one('2019-06-01', [seCompany, india], {
      from: 'se',
      to: 'in',
      fromRole: 'controller',
      toRole: 'processor',
    });
    expect(JSON.stringify(v.warnings)).toMatch(/2010\/87|2001\/497|2004\/915|27 June 2021|2021-06-27/);
  });
});

describe('Clause 14 transfer impact assessment (EDPB Recommendations 01/2020)', () => {
  const india = company('in', 'IN');
  const notMet = { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' };

  it('module 3: the EU processor assesses and the controller reviews (CNIL TIA guide, 31 January 2025)', async () => {
    const v = await one(today, [seCompany, india], {
      from: 'se',
      to: 'in',
      fromRole: 'processor',
      toRole: 'processor',
    });
    expect(v.tia?.assessor).toMatchObject({ role: 'exporter-processor', reviewer: { role: 'controller' } });
  });

  it('use case 6: a processor needing the data in the clear where the guarantees fail means no transfer', async () => {
    const v = await one(today, [seCompany, india], {
      from: 'se',
      to: 'in',
      fromRole: 'controller',
      toRole: 'processor',
      tia: {
        circumstances: {
          processingChain: 'importer-only',
          format: 'clear',
          storage: 'destination',
          clearTextAccess: true,
          remoteAccess: false,
          protectedRecipient: false,
          splitProcessing: false,
        },
        laws: { guarantees: notMet },
        practicalExperience: { claimed: false },
      },
    });
    expect(v.tia?.conclusion).toMatchObject({ outcome: 'do-not-transfer', state: 'doNotTransferUseCase6' });
    expect(v.warnings).toContainEqual(expect.objectContaining({ code: 'tia-do-not-transfer', review: true }));
  });

  it('use case 4 (protected recipient) does not hold when the importer passes the data on', async () => {
    // EDPB Recommendations 01/2020 (v2.0), Annex 2, Use Case 4: the measure is effective only if, among
    // other conditions, the protected importer does not use a processor in a way that lets the
    // authorities reach the data, nor forward them to an unprotected entity, and only it holds the
    // decryption key. The same answers with and without onward transfers: only without do they meet it.
    const tia = (processingChain: string, clearTextAccess: boolean) => ({
      circumstances: {
        processingChain,
        format: 'encrypted',
        encryption: { stateOfTheArt: true, keysHeldBy: 'importer' },
        storage: 'destination',
        clearTextAccess,
        remoteAccess: false,
        protectedRecipient: true,
        splitProcessing: false,
      },
      laws: { guarantees: notMet },
      practicalExperience: { claimed: false },
    });
    const flow = { from: 'se', to: 'in', fromRole: 'controller', toRole: 'processor' };
    const assessed = (processingChain: string, clearTextAccess: boolean) =>
      one(today, [seCompany, india], { ...flow, tia: tia(processingChain, clearTextAccess) });
    // Kept within the protected importer: use case 4 decides.
    const within = await assessed('importer-only', false);
    expect(within.tia?.status).toBe('complete');
    expect(within.tia?.conclusion?.state).toBe('proceedUseCase4');
    // Passed on: use case 4 is not accepted, so the assessment stays open on the other measures...
    const passedOn = await assessed('onward-transfers', false);
    expect(passedOn.tia?.status).toBe('open');
    expect(passedOn.tia?.conclusion).toBeUndefined();
    expect(passedOn.tia?.technical?.useCase).toBeUndefined();
    // ...and where the importer needs the data in the clear, use case 6 decides: do not transfer.
    const inTheClear = await assessed('onward-transfers', true);
    expect(inTheClear.tia?.status).toBe('complete');
    expect(inTheClear.tia?.conclusion?.state).toBe('doNotTransferUseCase6');
  });
});
