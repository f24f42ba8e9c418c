import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';

const app = createApp({ config: { log: false } });

async function post(body: unknown, query = '') {
  const res = await app.request(`/v1/tia${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { res, json: (await res.json()) as Record<string, unknown> };
}

const backup = {
  destination: 'CN',
  transferTool: 'scc',
  sccModule: 2,
  asOf: '2026-11-26',
  circumstances: {
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' },
    processingChain: 'importer-only',
    storage: 'destination',
    clearTextAccess: false,
    remoteAccess: false,
    protectedRecipient: false,
    splitProcessing: false,
  },
  laws: { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } },
  practicalExperience: { claimed: false },
};

const fieldsOf = (json: Record<string, unknown>) => (json.errors as { field: string }[]).map((e) => e.field);

describe('POST /v1/tia', () => {
  it('answers a complete assessment in the language asked for, with the re-evaluation date', async () => {
    const { res, json } = await post(backup, '?lang=sv');
    expect(res.status).toBe(200);
    expect(json.status).toBe('complete');
    expect(json.conclusion).toMatchObject({ outcome: 'proceed-with-measures', state: 'proceedUseCase1' });
    expect((json.conclusion as { text: string }).text).toContain('Överföringen får ske');
    expect(json.reevaluateBy).toBe('2027-11-26');
    const english = await post(backup, '?lang=en');
    expect((english.json.conclusion as { text: string }).text).not.toContain('Överföringen');
  });

  it('answers an open assessment with the questions left', async () => {
    const { res, json } = await post({
      destination: 'US',
      transferTool: 'scc',
      sccModule: 2,
      asOf: '2026-11-26',
    });
    expect(res.status).toBe(200);
    expect(json.status).toBe('open');
    expect((json.openQuestions as { field: string }[])[0]?.field).toBe('circumstances.processingChain');
  });

  it('says no TIA is needed under adequacy', async () => {
    const { json } = await post({ destination: 'JP', transferTool: 'adequacy', asOf: '2026-11-26' });
    expect(json.status).toBe('not-needed');
    expect((json.reasonNotNeeded as { code: string }).code).toBe('adequacy');
  });

  it('names an unknown field instead of dropping it', async () => {
    const { res, json } = await post({
      ...backup,
      circumstances: { ...backup.circumstances, colour: 'red' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(fieldsOf(json)).toContain('circumstances.colour');
  });

  it('rejects answers that cannot apply: a module without SCCs, combination outside module 4', async () => {
    const a = await post({ destination: 'US', transferTool: 'bcr', sccModule: 2 });
    expect(a.res.status).toBe(400);
    expect(fieldsOf(a.json)).toContain('sccModule');
    const b = await post({ destination: 'US', transferTool: 'scc', sccModule: 2, combinesWithEuData: true });
    expect(fieldsOf(b.json)).toContain('combinesWithEuData');
  });

  it('rejects a destination in the EU/EEA or unknown, and a Commission finding the profile lacks', async () => {
    const eu = await post({ ...backup, destination: 'SE' });
    expect(eu.res.status).toBe(400);
    expect(fieldsOf(eu.json)).toContain('destination');
    const unknown = await post({ ...backup, destination: 'XX' });
    expect(fieldsOf(unknown.json)).toContain('destination');
    const finding = await post({ ...backup, laws: { relyOnCommissionFinding: true } });
    expect(fieldsOf(finding.json)).toContain('laws.relyOnCommissionFinding');
    const ecsp = await post({ ...backup, laws: { importerIsEcsp: true } });
    expect(fieldsOf(ecsp.json)).toContain('laws.importerIsEcsp');
  });

  it('rejects a measure the catalogue does not have, or of the wrong kind, and a probability above 1', async () => {
    const a = await post({ ...backup, measures: { contractual: ['t-encryption-keys-in-eea'] } });
    expect(a.res.status).toBe(400);
    expect(fieldsOf(a.json)).toContain('measures.contractual[0]');
    const b = await post({
      ...backup,
      quantified: { periodYears: 1, bases: [{ legalBasis: 'x', pTargeted: 1.5, pInScope: 1, pSuccess: 1 }] },
    });
    expect(fieldsOf(b.json)).toContain('quantified.bases[0].pTargeted');
  });

  it('rejects a malformed date without a 5xx', async () => {
    const { res, json } = await post({ ...backup, asOf: '2026-02-30' });
    expect(res.status).toBe(400);
    expect(fieldsOf(json)).toContain('asOf');
  });

  it('is in the OpenAPI document', () => {
    const spec = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '0' } });
    expect(spec.paths?.['/v1/tia']?.post).toBeDefined();
  });
});
