import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import type { FlowVerdict } from '../../src/domain/verdict.js';
import { assess, assumed } from './helpers.js';

/**
 * Transfer chains end to end (issue 11): a kommun's US SaaS provider, outside the DPF, uses an Indian
 * help desk with remote access. The onward flow is assessed as one (GDPR Art. 44; Decision (EU) 2021/914,
 * Clauses 8.8 and 9), and the first transfer's Clause 14 assessment covers it (Clause 14(b)(i)).
 */

const asOf = '2026-11-01';
const parties = [
  { id: 'kommun', name: 'Exempel kommun', country: 'SE', type: 'public-authority' as const },
  {
    id: 'saas',
    name: 'SkolSaaS Inc.',
    country: 'US',
    type: 'company' as const,
    dpf: { active: false, hrData: false, nonHrData: false },
  },
  { id: 'helpdesk', name: 'Helpdesk India Pvt Ltd', country: 'IN', type: 'company' as const },
  { id: 'manila', name: 'Manila Tier 2 Inc.', country: 'PH', type: 'company' as const },
];
const f1 = {
  id: 'f1',
  from: 'kommun',
  to: 'saas',
  fromRole: 'controller' as const,
  toRole: 'processor' as const,
  how: 'hosting' as const,
  publicPowers: true,
};
const f2 = {
  id: 'f2',
  from: 'saas',
  to: 'helpdesk',
  fromRole: 'processor' as const,
  toRole: 'processor' as const,
  how: 'remote-access' as const,
};

/** The US leg: the SaaS holds the data in the clear; the assessment relies on the Commission's finding. */
const usLeg = {
  circumstances: {
    processingChain: 'onward-transfers' as const,
    format: 'clear' as const,
    storage: 'destination' as const,
    clearTextAccess: true,
    remoteAccess: false,
    protectedRecipient: false,
    splitProcessing: false,
  },
  laws: { relyOnCommissionFinding: true },
};
/** The Indian leg: the help desk reads the data in the clear, remotely; the guarantees are not met. */
const indiaLeg = {
  circumstances: {
    processingChain: 'importer-only' as const,
    format: 'clear' as const,
    storage: 'eea' as const,
    clearTextAccess: true,
    remoteAccess: true,
    protectedRecipient: false,
    splitProcessing: false,
  },
  laws: {
    guarantees: { A: 'not-met' as const, B: 'not-met' as const, C: 'met' as const, D: 'not-met' as const },
  },
  practicalExperience: { claimed: false },
};

const byId = (flows: FlowVerdict[], id: string) => flows.find((f) => f.id === id)!;
const codes = (v: FlowVerdict) => v.warnings.map((w) => w.code);
type Tia = {
  status: string;
  conclusion?: { outcome: string; text: string };
  openQuestions?: { field: string }[];
  chain?: {
    own: { status: string; outcome?: string };
    legs: { flow: string; status: string; outcome?: string; destination?: { code: string } }[];
    weakest?: string;
    contradictions: string[];
  };
};
const tiaOf = (v: FlowVerdict) => v.tia as unknown as Tia;

describe('the school case: kommun → US SaaS (no DPF) → Indian help desk', () => {
  it('f1 is a transfer on SCC module 2, f2 an onward transfer under Clauses 8.8 and 9 with no open question', () => {
    const result = assess(parties, [f1, f2], asOf);
    const { flows } = result;
    const first = byId(flows, 'f1');
    const onward = byId(flows, 'f2');
    expect(first).toMatchObject({ kind: 'transfer', mechanism: 'scc', scc: { module: 2 } });
    expect(onward.kind).toBe('onward-transfer');
    expect(onward.openQuestions).toEqual([]);
    expect(onward.originatingFlows).toEqual(['f1']);
    expect(onward.continues).toEqual({
      flows: ['f1'],
      clauses: [
        'Decision (EU) 2021/914, Annex, Clause 8.8 (module 2)',
        'Decision (EU) 2021/914, Annex, Clause 9 (module 2)',
      ],
    });
    expect(first.onwardFlows).toEqual([{ flow: 'f2', clauses: onward.continues!.clauses, onward: [] }]);
    // Not a stop: the cautious branch, with the caveat that it might also be a transfer of its own.
    // Said once for the case, with the field that settles it.
    const caveat = assumed(result, 'onward-gdpr-status-assumed');
    expect(caveat?.message).toContain('EDPB Guidelines 3/2018');
    expect(caveat).toMatchObject({ flows: ['f2'], fields: ['parties[1].gdprBasis'] });
    expect(onward.trail.find((s) => s.id === 'senderSubjectToGdpr')?.value).toBe('no');
  });

  it("keeps f1's assessment open until India is assessed, though the US leg alone would let it proceed", () => {
    const { flows } = assess(parties, [{ ...f1, tia: usLeg }, f2], asOf);
    const tia = tiaOf(byId(flows, 'f1'));
    expect(tia.chain?.own).toMatchObject({ status: 'complete', outcome: 'proceed' });
    expect(tia.status).toBe('open');
    expect(tia.conclusion).toBeUndefined();
    expect(tia.chain?.legs).toMatchObject([{ flow: 'f2', status: 'open', destination: { code: 'IN' } }]);
    expect(tia.openQuestions?.[0]?.field).toBe('flows[1].tia.circumstances.processingChain');
    expect(codes(byId(flows, 'f1'))).toContain('tia-open');
  });

  it('concludes with the weakest link once India is assessed', () => {
    const { flows } = assess(
      parties,
      [
        { ...f1, tia: usLeg },
        { ...f2, tia: indiaLeg },
      ],
      asOf,
    );
    const first = byId(flows, 'f1');
    const tia = tiaOf(first);
    expect(tia.status).toBe('complete');
    expect(tia.chain).toMatchObject({
      own: { outcome: 'proceed' },
      legs: [{ flow: 'f2', status: 'complete', outcome: 'do-not-transfer' }],
      weakest: 'f2',
    });
    expect(tia.conclusion?.outcome).toBe('do-not-transfer');
    expect(tia.conclusion?.text).toContain('"f2"');
    expect(first.warnings.find((w) => w.code === 'tia-do-not-transfer')?.review).toBe(true);
    // The onward flow's answers were used, not reported as unused.
    expect(codes(byId(flows, 'f2'))).not.toContain('tia-not-used');
  });

  it('flags an answer that contradicts the case, and keeps the assessment open', () => {
    const onlyImporter = {
      ...usLeg,
      circumstances: { ...usLeg.circumstances, processingChain: 'importer-only' as const },
    };
    const { flows } = assess(
      parties,
      [
        { ...f1, tia: onlyImporter },
        { ...f2, tia: indiaLeg },
      ],
      asOf,
    );
    const first = byId(flows, 'f1');
    expect(tiaOf(first).status).toBe('open');
    expect(tiaOf(first).chain?.contradictions).toHaveLength(1);
    expect(first.warnings.find((w) => w.code === 'tia-contradicts-case')?.review).toBe(true);
  });
});

describe('a chain of three hops: kommun → US → India → Philippines', () => {
  const f3 = {
    id: 'f3',
    from: 'helpdesk',
    to: 'manila',
    fromRole: 'processor' as const,
    toRole: 'processor' as const,
  };

  it('lists the chain under the transfer, each hop naming the flow it continues', () => {
    const { flows } = assess(parties, [f3, f2, f1], asOf);
    const clauses = [
      'Decision (EU) 2021/914, Annex, Clause 8.8 (module 2)',
      'Decision (EU) 2021/914, Annex, Clause 9 (module 2)',
    ];
    expect(byId(flows, 'f1').onwardFlows).toEqual([
      { flow: 'f2', clauses, onward: [{ flow: 'f3', clauses, onward: [] }] },
    ]);
    expect(byId(flows, 'f2').onwardFlows).toEqual([{ flow: 'f3', clauses, onward: [] }]);
    expect(byId(flows, 'f3')).toMatchObject({
      kind: 'onward-transfer',
      openQuestions: [],
      originatingFlows: ['f1'],
      continues: { flows: ['f2'], clauses },
    });
  });

  it("keeps f1's assessment open until every onward destination is assessed", () => {
    const { flows } = assess(parties, [{ ...f1, tia: usLeg }, { ...f2, tia: indiaLeg }, f3], asOf);
    const tia = tiaOf(byId(flows, 'f1'));
    expect(tia.status).toBe('open');
    expect(tia.chain?.legs.map((l) => [l.flow, l.status])).toEqual([
      ['f2', 'complete'],
      ['f3', 'open'],
    ]);
    expect(tia.openQuestions?.every((q) => q.field.startsWith('flows[2].tia.'))).toBe(true);
  });
});

describe('a cycle', () => {
  const back = { id: 'f3', from: 'helpdesk', to: 'saas', fromRole: 'processor', toRole: 'processor' };
  const app = createApp({ config: { log: false } });

  it('is refused with 400 naming the flows that form it', async () => {
    const res = await app.request('/v1/assessments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ asOf, parties, flows: [f1, f2, back] }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { field: string; reason: string }[] };
    expect(body.errors.map((e) => e.field)).toEqual(['flows[1].to', 'flows[2].to']);
    expect(body.errors[0]!.reason).toContain('"f2" → "f3" → "f2"');
  });
});
