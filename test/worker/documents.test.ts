import { exports } from 'cloudflare:workers';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fullDetails, sampleCase } from '../documents/fixtures.js';

// Documents render inside workerd too: template trees run by an interpreter (no eval), docx stamps and fflate, Web Crypto.
const body = JSON.stringify({
  case: sampleCase,
  details: fullDetails,
  flows: ['moln-1'],
  documentDate: '2026-11-15',
});
const post = (path: string, payload = body) =>
  exports.default.fetch(
    new Request(`http://worker${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload,
    }),
  );

describe('documents in workerd', () => {
  it('drafts the SCC execution document as the same bytes each time', async () => {
    const first = await post('/v1/documents/scc?lang=sv');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    // Two facts of the parties, the case number and the Clause 14 sentence (no complete TIA in the request).
    expect(first.headers.get('x-tredjeland-placeholder-count')).toBe('4');
    const bytes = new Uint8Array(await first.arrayBuffer());
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain('modul två');
    expect(xml).toContain('Integritetsskyddsmyndigheten');
    const again = new Uint8Array(await (await post('/v1/documents/scc?lang=sv')).arrayBuffer());
    expect(again).toEqual(bytes);
  });

  it('draws the transfer map into the memo without docx: the same group the Node tests hold to docx', async () => {
    const res = await post('/v1/documents/memo?lang=sv');
    expect(res.status).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']!);
    expect(xml).toContain('<wpg:wgp>');
    expect(xml).toMatch(/<wp:docPr id="1" name="Karta över överföringarna" descr="Flöde moln-1: /);
    const again = new Uint8Array(await (await post('/v1/documents/memo?lang=sv')).arrayBuffer());
    expect(strFromU8(unzipSync(again)['word/document.xml']!)).toBe(xml);
  });

  it('drafts the bundle', async () => {
    const res = await post(
      '/v1/documents/bundle?lang=en',
      JSON.stringify({ case: sampleCase, documentDate: '2026-11-15' }),
    );
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files)).toContain('manifest.json');
    expect(Object.keys(files).filter((f) => f.endsWith('.docx'))).toHaveLength(8);
  });
});
