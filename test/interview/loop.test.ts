import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../../src/api/index.js';
import { interviewCase } from '../../src/interview/draft.js';
import { schoolCase } from './school-case.js';
import { answerFor, setAt } from './walk.js';

/**
 * Issue 14: the school case from nothing to a complete SCC pack with a complete TIA for both destinations,
 * through POST /v1/interview, one request per fact; the result equals the same case sent whole.
 */

const app = createApp({ config: { log: false } });
const post = (path: string, body: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

type Question = {
  field: string;
  stage: string;
  kind: string;
  choices?: { value: unknown; label: string }[];
  findings?: { id: string }[];
};

/** Whether a path names a field of the interview's case schema (records take any key). */
function inSchema(field: string): boolean {
  let schema: z.ZodType = interviewCase;
  const parts = field.split('.').flatMap((p) => p.split(/(?=\[)/));
  for (const part of parts) {
    for (;;) {
      const def = (
        schema as unknown as {
          _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType } };
        }
      )._zod.def;
      // z.preprocess is a pipe whose input is the transform: the fields are in its output.
      const pipeIn = def.in as unknown as { _zod: { def: { type: string } } } | undefined;
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
        schema = def.innerType!;
      else if (def.type === 'pipe') schema = pipeIn?._zod.def.type === 'transform' ? def.out! : def.in!;
      else break;
    }
    if (part.startsWith('[')) {
      if (!(schema instanceof z.ZodArray)) return false;
      schema = schema.element as z.ZodType;
    } else if (schema instanceof z.ZodObject) {
      const next = (schema.shape as Record<string, z.ZodType>)[part];
      if (!next) return false;
      schema = next;
    } else if (schema instanceof z.ZodRecord) {
      schema = schema.valueType as z.ZodType;
    } else return false;
  }
  return true;
}

async function walk(lang: 'sv' | 'en') {
  // The date of the assessment is the one fact given before any question (default: today, set by the
  // first answer); the school case is dated.
  let state: Record<string, unknown> = { asOf: schoolCase.asOf };
  const asked: Question[] = [];
  let requests = 0;
  let last:
    | { assessment: unknown; documents: { ready: boolean; kinds: string[]; missing: unknown[] } }
    | undefined;
  for (;;) {
    requests += 1;
    const res = await post(`/v1/interview?lang=${lang}`, state);
    expect(res.status).toBe(200);
    const body = await res.json();
    state = body.case;
    if (!body.next) {
      last = body;
      break;
    }
    asked.push(body.next);
    const value = answerFor(body.next.field);
    expect(value, `asked ${body.next.field}, which the whole case does not give`).not.toBeUndefined();
    setAt(state, body.next.field, value);
    if (requests > 200) throw new Error('the interview does not end');
  }
  return { state, asked, requests, last: last! };
}

describe('POST /v1/interview: the school case from nothing to documents', () => {
  it('asks each fact once, by a field of the case, and ends with the whole case', async () => {
    const { state, asked, requests, last } = await walk('en');
    // One request per fact the user supplies, plus the last one that asks nothing more.
    expect(requests).toBe(asked.length + 1);
    expect(asked.filter((q) => q.stage !== 'documents').length).toBe(33);
    expect(requests).toBe(83);
    const fields = asked.map((q) => q.field);
    expect(new Set(fields).size).toBe(fields.length);
    for (const f of fields) expect(inSchema(f), f).toBe(true);
    // Decisive facts come before document-only details.
    const stages = asked.map((q) => q.stage);
    expect(stages.lastIndexOf('transfer')).toBeLessThan(stages.indexOf('tia'));
    expect(stages.lastIndexOf('tia')).toBeLessThan(stages.indexOf('documents'));
    // Issue 13: for the United States the loop asks whether the importer is an electronic communication
    // service provider (50 U.S.C. § 1881(b)(4)), before the Commission finding, and for India it does not.
    const ecsp = asked.find((q) => q.field.endsWith('.tia.laws.importerIsEcsp'));
    expect(ecsp).toMatchObject({ field: 'flows[0].tia.laws.importerIsEcsp', stage: 'tia', kind: 'boolean' });
    expect(fields.indexOf('flows[0].tia.laws.importerIsEcsp')).toBeLessThan(
      fields.indexOf('flows[0].tia.laws.relyOnCommissionFinding'),
    );
    expect(fields).not.toContain('flows[1].tia.laws.importerIsEcsp');
    // Moot: with clear-text data, encryption and pseudonymisation are never asked.
    expect(fields.filter((f) => /encryption|pseudonymisation/.test(f))).toEqual([]);
    // The case built answer by answer is the whole case: nothing it gives was left unasked.
    expect(state).toEqual(schoolCase);
    expect(last.documents).toEqual({ ready: true, kinds: ['memo', 'scc', 'tia'], missing: [] });
  }, 60_000);

  it('gives the same verdicts, warnings and document bytes as the case sent whole', async () => {
    const { state, last } = await walk('sv');
    const { details, ...whole } = schoolCase;
    const direct = await (await post('/v1/assessments?lang=sv', whole)).json();
    expect(last.assessment).toEqual(direct);
    const flows = (
      direct as {
        flows: {
          id: string;
          mechanism: string;
          scc?: { module: number };
          tia?: { status: string };
          warnings: { code: string }[];
        }[];
      }
    ).flows;
    expect(flows.map((f) => [f.id, f.mechanism, f.scc?.module, f.tia?.status])).toEqual([
      ['plattform', 'scc', 2, 'complete'],
      ['support', 'scc', 3, 'complete'],
    ]);
    expect(flows[0]!.warnings.map((w) => w.code)).toContain('importer-subject-to-gdpr');
    const { details: built, ...builtCase } = state as typeof schoolCase;
    const fromLoop = await post('/v1/documents/bundle?lang=sv', {
      case: builtCase,
      details: built,
      documentDate: '2026-11-15',
    });
    const fromWhole = await post('/v1/documents/bundle?lang=sv', {
      case: whole,
      details,
      documentDate: '2026-11-15',
    });
    expect(fromLoop.status).toBe(200);
    expect(fromLoop.headers.get('x-tredjeland-document-sha256')).toBe(
      fromWhole.headers.get('x-tredjeland-document-sha256'),
    );
    expect(new Uint8Array(await fromLoop.arrayBuffer())).toEqual(
      new Uint8Array(await fromWhole.arrayBuffer()),
    );
    // The case itself, details inside, is accepted by the documents route.
    const inside = await post('/v1/documents/bundle?lang=sv', { case: state, documentDate: '2026-11-15' });
    expect(inside.status).toBe(200);
    expect(inside.headers.get('x-tredjeland-document-sha256')).toBe(
      fromWhole.headers.get('x-tredjeland-document-sha256'),
    );
  }, 60_000);

  it('puts the destination profile’s findings beside a TIA guarantee question', async () => {
    const { details: _, ...partial } = structuredClone(schoolCase);
    partial.flows[1]!.tia = { ...partial.flows[1]!.tia, laws: { guarantees: { A: 'not-met' } } } as never;
    const body = await (await post('/v1/interview?lang=sv', partial)).json();
    expect(body.next.field).toBe('flows[1].tia.laws.guarantees.B');
    expect(body.next.flowId).toBe('support');
    // The India profile's statements on guarantee B, and only those.
    expect(body.next.findings.map((f: { id: string }) => f.id)).toEqual([
      'in-it-act-s69',
      'in-dpdp-s17',
      'in-dpdp-rules-2025',
    ]);
    expect(body.next.choices.map((c: { value: string }) => c.value)).toEqual(['met', 'not-met']);
  });

  it('takes facts in any order and never asks what is known', async () => {
    const early = { parties: [{ id: 'kommun' }], flows: [{ id: 'f', from: 'kommun', publicPowers: false }] };
    const body = await (await post('/v1/interview', early)).json();
    expect(body.next.field).toBe('parties[0].name');
    expect(body.remaining).toBeGreaterThan(1);
    expect(body.assessment).toBeNull();
    // The date the interview runs on is pinned in the case it hands back.
    expect(body.case.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('POST /v1/interview: errors', () => {
  it('reports schema errors and unknown party ids at once, in Swedish', async () => {
    const res = await post('/v1/interview?lang=sv', {
      parties: [{ id: 'a', name: 'A', country: 'se', type: 'kommun' }],
      flows: [{ id: 'f', from: 'a', to: 'b' }],
    });
    expect(res.status).toBe(400);
    const problem = await res.json();
    const fields = problem.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(['parties[0].type', 'flows[0].to']);
    expect(problem.errors[0].reason).toMatch(/Ogiltig/);
    expect(problem.errors[1].reason).toBe('ingen part har id "b"');
  });

  it('accepts lower-case country codes and shows them upper-cased', async () => {
    const body = await (
      await post('/v1/interview', { parties: [{ id: 'a', name: 'A', country: 'se', type: 'company' }] })
    ).json();
    expect(body.case.parties[0].country).toBe('SE');
  });
});
