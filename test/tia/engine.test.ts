import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { assessmentCase } from '../../src/domain/case.js';
import { assessCase } from '../../src/engine/assess.js';
import { renderAssessment } from '../../src/engine/render.js';
import { validateCase } from '../../src/engine/validate-case.js';
import { lawProfileById } from '../../src/tia/profiles.js';

/** The TIA inside POST /v1/assessments: every flow whose obligations include `tia` carries one. */

const asOf = '2026-11-26';
const university = { id: 'uni', name: 'Uppsala universitet', country: 'SE', type: 'public-authority' };
const usCloud = {
  id: 'cloud',
  name: 'Example Cloud Inc.',
  country: 'US',
  type: 'company',
  gdprBasis: 'none',
};
const jpVendor = { id: 'jp', name: 'Example KK', country: 'JP', type: 'company', gdprBasis: 'none' };
const cnBackup = { id: 'cn', name: 'Example Backup Ltd', country: 'CN', type: 'company', gdprBasis: 'none' };

const tiaBackup = {
  circumstances: {
    processingChain: 'importer-only',
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' },
    storage: 'destination',
    clearTextAccess: false,
    remoteAccess: false,
    protectedRecipient: false,
    splitProcessing: false,
  },
  laws: { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } },
  practicalExperience: { claimed: false },
};

function assess(parties: object[], flows: object[], lang: 'sv' | 'en' = 'en') {
  const input = assessmentCase.parse({ asOf, parties, flows });
  expect(validateCase(input, asOf)).toEqual([]);
  return renderAssessment(assessCase(input, asOf), lang);
}

const run = (parties: object[], flows: object[], lang: 'sv' | 'en' = 'en') =>
  assess(parties, flows, lang).flows;

describe('the tia section of an assessment', () => {
  it('is open, with the questions and their case fields, when the flow gives no tia answers', () => {
    const [v] = run(
      [university, usCloud],
      [{ id: 'f1', from: 'uni', to: 'cloud', fromRole: 'controller', toRole: 'processor' }],
    );
    expect(v!.obligations).toContain('tia');
    const tia = v!.tia as { status: string; openQuestions: { field: string }[]; assessor: { role: string } };
    expect(tia.status).toBe('open');
    expect(tia.openQuestions[0]!.field).toBe('flows[0].tia.circumstances.processingChain');
    expect(tia.assessor.role).toBe('exporter-controller');
    expect(v!.warnings.map((w) => w.code)).toContain('tia-open');
  });

  it('is complete, in the language asked for, when the flow answers', () => {
    const result = assess(
      [university, cnBackup],
      [{ id: 'f1', from: 'uni', to: 'cn', fromRole: 'controller', toRole: 'processor', tia: tiaBackup }],
      'sv',
    );
    const tia = result.flows[0]!.tia as {
      status: string;
      conclusion: { outcome: string; text: string };
      reevaluateBy: string;
      laws: { profile: string };
    };
    expect(tia.status).toBe('complete');
    expect(tia.conclusion.outcome).toBe('proceed-with-measures');
    expect(tia.conclusion.text).toContain('Överföringen får ske');
    // The law profile, with its statements, is given once for the answer and named by the flow's TIA.
    expect(tia.laws.profile).toBe('cn');
    const statements = result.lawProfiles?.cn?.statements ?? [];
    expect(statements[0]!.text).toMatch(/\S/);
    expect(statements[0]!.text).not.toBe(lawProfileById('cn').statements[0]!.text.en);
    expect(statements[0]!.checked).toBe('2026-11-26');
    expect(tia.reevaluateBy).toBe('2027-11-26');
  });

  it('is absent, and the unused answers reported, where adequacy applies', () => {
    const [v] = run(
      [university, jpVendor],
      [{ id: 'f1', from: 'uni', to: 'jp', fromRole: 'controller', toRole: 'processor', tia: tiaBackup }],
    );
    expect(v!.mechanism).toBe('adequacy');
    expect(v!.tia).toBeUndefined();
    expect(v!.warnings.map((w) => w.code)).toContain('tia-not-used');
  });

  it('reports a Commission finding the destination lacks instead of ignoring it', () => {
    const [v] = run(
      [university, cnBackup],
      [
        {
          id: 'f1',
          from: 'uni',
          to: 'cn',
          fromRole: 'controller',
          toRole: 'processor',
          tia: { ...tiaBackup, laws: { ...tiaBackup.laws, relyOnCommissionFinding: true } },
        },
      ],
    );
    expect(v!.warnings.map((w) => w.code)).toContain('tia-answer-not-used');
  });

  it('flags a do-not-transfer conclusion for review', () => {
    const [v] = run(
      [university, cnBackup],
      [
        {
          id: 'f1',
          from: 'uni',
          to: 'cn',
          fromRole: 'controller',
          toRole: 'processor',
          tia: {
            ...tiaBackup,
            circumstances: { ...tiaBackup.circumstances, format: 'clear', clearTextAccess: true },
          },
        },
      ],
    );
    expect((v!.tia as { conclusion: { outcome: string } }).conclusion.outcome).toBe('do-not-transfer');
    expect(v!.warnings.find((w) => w.code === 'tia-do-not-transfer')?.review).toBe(true);
  });

  it('reaches the API: POST /v1/assessments carries tia, and a bad tia answer is a 400 naming the field', async () => {
    const app = createApp({ config: { log: false } });
    const body = {
      asOf,
      parties: [university, cnBackup],
      flows: [
        { id: 'f1', from: 'uni', to: 'cn', fromRole: 'controller', toRole: 'processor', tia: tiaBackup },
      ],
    };
    const ok = await app.request('/v1/assessments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(ok.status).toBe(200);
    const json = (await ok.json()) as { flows: { tia?: { status: string } }[] };
    expect(json.flows[0]!.tia?.status).toBe('complete');

    const bad = await app.request('/v1/assessments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...body,
        flows: [{ ...body.flows[0], tia: { circumstances: { format: 'zipped' } } }],
      }),
    });
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain('flows[0].tia.circumstances.format');
  });
});
