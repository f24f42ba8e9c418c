import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { type Footing, footingOf, type MapFlow, transferMapSvg } from '../../src/map/transfer-map.js';
import { assetPathFor, headersForAll } from '../../src/web/assets.js';

const place = (code: string | undefined) =>
  code === 'SE'
    ? { name: 'Sverige', side: 'eea' as const }
    : { name: code ?? 'Internationell organisation', side: 'third' as const };

const flow = (over: Partial<MapFlow>): MapFlow => ({
  id: 'f1',
  from: 'a',
  to: 'b',
  kind: 'transfer',
  mechanism: 'scc',
  ...over,
});

describe('the transfer map as a pure module', () => {
  it('derives the footing each arrow shows from the verdict', () => {
    const cases: [Partial<MapFlow>, Footing][] = [
      [{ kind: 'not-a-transfer', mechanism: 'none' }, 'not-a-transfer'],
      [{ kind: 'onward-transfer', mechanism: 'none' }, 'onward'],
      [{ mechanism: 'adequacy' }, 'adequacy'],
      [{ mechanism: 'scc' }, 'scc'],
      [{ kind: 'undetermined', mechanism: 'unresolved' }, 'unresolved'],
      [{ mechanism: 'none', derogations: ['49-1-a'] }, 'derogation'],
      [{ mechanism: 'none', derogations: [] }, 'none'],
    ];
    for (const [over, footing] of cases) expect(footingOf(flow(over))).toBe(footing);
  });

  it('never lets colour alone carry the footing: every footing has its own line pattern and its words in the legend', () => {
    const footings: Partial<MapFlow>[] = [
      { mechanism: 'adequacy' },
      { mechanism: 'scc', sccModule: 2 },
      { mechanism: 'none', derogations: ['49-1-a'] },
      { kind: 'onward-transfer', mechanism: 'none', originatingFlows: ['f1'] },
      { mechanism: 'none', derogations: [] },
      { kind: 'undetermined', mechanism: 'unresolved' },
      { kind: 'not-a-transfer', mechanism: 'none' },
    ];
    const parties = [
      { id: 'a', name: 'Kommunen', country: 'SE' },
      ...footings.map((_, i) => ({ id: `p${i}`, name: `Mottagare ${i}`, country: 'US' })),
    ];
    const svg = transferMapSvg({
      lang: 'sv',
      parties,
      flows: footings.map((f, i) => flow({ ...f, id: `f${i}`, to: `p${i}` })),
      place,
    });
    const arrows = [
      ...svg.matchAll(
        /<path d="M[^"]*" fill="none" stroke="([^"]+)" stroke-width="([^"]+)"(?: stroke-dasharray="([^"]+)")?/g,
      ),
    ];
    expect(arrows).toHaveLength(7);
    const patterns = new Set(arrows.map((m) => `${m[3] ?? 'solid'} ${m[2]}`));
    expect(patterns.size).toBe(7);
    for (const words of [
      'Adekvat skyddsnivå (artikel 45)',
      'f1: SCC modul 2',
      'Undantag (artikel 49)',
      'f3: Vidareöverföring (efter f1)',
      'Ingen grund funnen',
      'Oavgjord',
      'Ingen överföring',
    ]) {
      expect(svg).toContain(words);
    }
  });

  it('puts the EU/EEA on the left, groups parties by country, and says it all in its text alternative', () => {
    const svg = transferMapSvg({
      lang: 'en',
      parties: [
        { id: 'k', name: 'Kommunen', country: 'SE' },
        { id: 'u', name: 'Cloud Inc.', country: 'US' },
        { id: 'u2', name: 'Backup Inc.', country: 'US' },
      ],
      flows: [
        flow({ from: 'k', to: 'u', sccModule: 2 }),
        flow({
          id: 'f2',
          from: 'u',
          to: 'u2',
          kind: 'onward-transfer',
          mechanism: 'none',
          originatingFlows: ['f1'],
        }),
      ],
      place,
    });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="tm-title tm-desc"/);
    const x = (name: string) => Number(new RegExp(`<text x="(\\d+)"[^>]*>${name}</text>`).exec(svg)?.[1]);
    expect(x('Kommunen')).toBeLessThan(x('Cloud Inc.'));
    // One group box for the United States holding both of its parties.
    expect(svg.match(/>US<\/text>/g)).toHaveLength(1);
    const desc = /<desc id="tm-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toContain(
      'Flow f1: SCC module 2. Kommunen (Sverige, EU/EEA) → Cloud Inc. (US, third country).',
    );
    expect(desc).toContain(
      'Flow f2: Onward transfer (after f1). Cloud Inc. (US, third country) → Backup Inc.',
    );
  });

  it('escapes what users typed and uses no style attributes (inlined under a strict CSP)', () => {
    const svg = transferMapSvg({
      lang: 'sv',
      parties: [
        { id: 'a', name: 'A & <B> "C"', country: 'SE' },
        { id: 'b', name: "D'E", country: 'US' },
      ],
      flows: [flow({})],
      place,
    });
    expect(svg).toContain('A &amp; &lt;B&gt; &quot;C&quot;');
    expect(svg).not.toContain('<B>');
    expect(svg).not.toMatch(/\sstyle=/);
  });
});

describe('POST /v1/map', () => {
  const app = createApp({ config: { log: false } });
  const school = {
    parties: [
      { id: 'kommun', name: 'Exempel kommun', country: 'SE', type: 'public-authority' },
      { id: 'saas', name: 'Skolplattform Inc.', country: 'US', type: 'company', gdprBasis: 'none' },
      { id: 'help', name: 'Helpdesk Pvt Ltd', country: 'IN', type: 'company' },
    ],
    flows: [
      { id: 'f1', from: 'kommun', to: 'saas', fromRole: 'controller', toRole: 'processor', how: 'hosting' },
      {
        id: 'f2',
        from: 'saas',
        to: 'help',
        fromRole: 'processor',
        toRole: 'processor',
        how: 'remote-access',
      },
    ],
  };

  it('draws the school case: module 2 to the US, the chain on to India', async () => {
    const res = await app.request('/v1/map?lang=sv', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(school),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await res.text();
    expect(svg).toContain('f1: SCC modul 2');
    expect(svg).toContain('f2: Vidareöverföring (efter f1)');
    expect(svg).toContain('>Indien</text>');
  });

  it('refuses a broken case with problem+json in the language asked for', async () => {
    const res = await app.request('/v1/map?lang=sv', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...school, flows: [{ ...school.flows[0], to: 'nobody' }] }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await res.json();
    expect(body.detail).toContain('Fallet hänger inte ihop');
    expect(body.errors).toContainEqual(expect.objectContaining({ field: 'flows[0].to' }));
  });
});

describe('serving the web app files', () => {
  it('maps request paths to files in web/ and nothing else', () => {
    expect(assetPathFor('/')).toBe('index.html');
    expect(assetPathFor('/app.js')).toBe('app.js');
    // Made by the build (scripts/write-openapi.ts): served as files, on Node as on Workers.
    expect(assetPathFor('/openapi.json')).toBe('openapi.json');
    expect(assetPathFor('/openapi.sv.json')).toBe('openapi.sv.json');
    for (const path of [
      '/v1/assessments',
      '/healthz',
      '/docs',
      '/_headers',
      '/../package.json',
      '/%2e%2e/x',
      '/.git/config',
      '/%E0%A4%A',
    ]) {
      expect(assetPathFor(path), path).toBeUndefined();
    }
  });

  it("reads web/_headers' block for every file, as Workers static assets do", () => {
    const headers = headersForAll(
      "# note\n/*\n  Content-Security-Policy: default-src 'none'\n  X-Frame-Options: DENY\n/other\n  X-Other: 1\n",
    );
    expect(headers).toEqual({ 'Content-Security-Policy': "default-src 'none'", 'X-Frame-Options': 'DENY' });
  });
});
