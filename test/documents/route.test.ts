import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { fullDetails, sampleCase } from './fixtures.js';
import { readDocx } from './read-docx.js';

const app = createApp();
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const body = { case: sampleCase, details: fullDetails, flows: ['moln-1'], documentDate: '2026-11-15' };

async function sha256(bytes: Uint8Array) {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('POST /v1/documents/{kind}', () => {
  it('answers a DOCX with its type, a safe file name, id, hash and placeholders', async () => {
    const res = await post('/v1/documents/scc?lang=sv', body);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="standardavtalsklausuler-exempelby-kommun-molnbolaget-inc.docx"; filename*=UTF-8''Standardavtalsklausuler%20%E2%80%93%20Exempelby%20kommun%20%E2%80%93%20Molnbolaget%20Inc.docx`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get('x-tredjeland-document-sha256')).toBe(await sha256(bytes));
    expect(res.headers.get('x-tredjeland-document-id')).toMatch(/^TL-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    // The case number, the Clause 14 sentence (no TIA answers in this request) and two facts of the parties.
    expect(res.headers.get('x-tredjeland-placeholder-count')).toBe('4');
    const listed = JSON.parse(res.headers.get('x-tredjeland-placeholders')!) as string[];
    expect(listed.filter((l) => l !== 'diarienummer' && !l.startsWith('klausul 14:'))).toEqual([
      'organisationsnummer för Molnbolaget Inc.',
      'kontaktperson hos underbiträdet Supportbolaget Pvt Ltd',
    ]);
    expect(res.headers.get('x-tredjeland-placeholders')).toMatch(/^[\x20-\x7e]+$/);
    const doc = readDocx(bytes);
    for (const label of listed) expect(doc.text).toContain(`[att fylla i: ${label}]`);
  });

  it('gives the same bytes for the same request', async () => {
    const a = new Uint8Array(await (await post('/v1/documents/memo?lang=en', body)).arrayBuffer());
    const b = new Uint8Array(await (await post('/v1/documents/memo?lang=en', body)).arrayBuffer());
    expect(b).toEqual(a);
  });

  it('answers a bundle: a zip of every document that applies, with a manifest', async () => {
    const res = await post('/v1/documents/bundle?lang=en', { ...body, flows: undefined });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain('filename="documents-2026-11-15.zip"');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      documents: { file: string; kind: string; sha256: string }[];
    };
    expect(manifest.documents.map((d) => d.kind)).toEqual([
      'memo',
      'scc',
      'scc',
      'scc',
      'tia',
      'tia',
      'dpa',
      'dpa',
    ]);
    for (const entry of manifest.documents) {
      const file = files[entry.file];
      expect(file, entry.file).toBeDefined();
      expect(await sha256(file!)).toBe(entry.sha256);
      expect(readDocx(file!).paragraphs.length).toBeGreaterThan(5);
    }
  });

  it('answers JSON with every placeholder and the file in base64 with format=json', async () => {
    const res = await post('/v1/documents/dpa?lang=sv&format=json', { ...body, flows: ['drift-1'] });
    expect(res.status).toBe(200);
    const json = (await res.json()) as {
      documents: { kind: string; placeholders: string[]; content: string; sha256: string }[];
    };
    const [doc] = json.documents;
    expect(doc?.kind).toBe('dpa');
    expect(doc?.placeholders).toContain('organisationsnummer för Driftbolaget AB');
    const bytes = Uint8Array.from(atob(doc!.content), (c) => c.charCodeAt(0));
    expect(await sha256(bytes)).toBe(doc!.sha256);
    expect(readDocx(bytes).text).toContain('Personuppgiftsbiträdesavtal');
  });

  it('refuses unknown kinds and fields, naming them, never with a 5xx', async () => {
    const unknownKind = await post('/v1/documents/contract', body);
    expect(unknownKind.status).toBe(400);
    expect(((await unknownKind.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('kind');

    const unknownField = await post('/v1/documents/scc', {
      ...body,
      details: { flows: { 'moln-1': { colour: 'blue' } } },
    });
    expect(unknownField.status).toBe(400);
    expect(JSON.stringify(await unknownField.json())).toContain('details.flows.moln-1.colour');

    const unknownFlow = await post('/v1/documents/scc', { ...body, flows: ['nope'] });
    expect(unknownFlow.status).toBe(400);
    expect(JSON.stringify(await unknownFlow.json())).toContain('"field":"flows[0]"');

    const badCase = await post('/v1/documents/scc', {
      ...body,
      case: { ...sampleCase, flows: [{ ...sampleCase.flows[0]!, to: 'ghost' }] },
      flows: undefined,
    });
    expect(badCase.status).toBe(400);
    expect(JSON.stringify(await badCase.json())).toContain('case.flows[0].to');
  });

  it('answers 422 when the flows call for no document of the kind, or for several', async () => {
    const none = await post('/v1/documents/scc?lang=sv', { ...body, flows: ['drift-1'] });
    expect(none.status).toBe(422);
    expect(((await none.json()) as { detail: string }).detail).toContain('standardavtalsklausuler');
    const several = await post('/v1/documents/scc?lang=en', { ...body, flows: undefined });
    expect(several.status).toBe(422);
    expect(((await several.json()) as { detail: string }).detail).toContain('kind=bundle');
  });
});
