import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { refusedCharacter, userText } from '../../src/domain/text.js';

/** Text a user writes is printed as sent, or refused with the place named: never changed in silence. */

describe('refusedCharacter', () => {
  it('lets through what a document can show as sent', () => {
    for (const fine of [
      'Exempeluniversitetet',
      'Åland & Co <b>',
      'line one\nline two\tand a tab\r\n',
      '😀👍🏽 emoji with surrogate pairs',
      '\u200fשלום עולם\u200f',
      'مرحبا \u200e(LRM) \u200f(RLM)',
      '\uE000 private use',
    ]) {
      expect(refusedCharacter(fine), JSON.stringify(fine)).toBeUndefined();
    }
  });

  it.each([
    ['\u0000', 'U+0000', 'a document cannot hold'],
    ['\u0007', 'U+0007', 'a document cannot hold'],
    ['\u001b', 'U+001B', 'a document cannot hold'],
    ['\u007f', 'U+007F', 'a document cannot hold'],
    ['\u0085', 'U+0085', 'a document cannot hold'],
    ['\uFFFE', 'U+FFFE', 'a document cannot hold'],
    ['\u202e', 'U+202E', 'bidirectional control'],
    ['\u202a', 'U+202A', 'bidirectional control'],
    ['\u2066', 'U+2066', 'bidirectional control'],
    ['\u2069', 'U+2069', 'bidirectional control'],
    ['\ud800', 'U+D800', 'surrogate pair'],
    ['\udc00', 'U+DC00', 'surrogate pair'],
  ])('refuses %j, naming %s and where it is', (char, code, why) => {
    const reason = refusedCharacter(`Acme${char}AB`);
    expect(reason).toContain(code);
    expect(reason).toContain('at character 5');
    expect(reason).toContain(why);
  });

  it('counts the place in characters as a person sees them, not in UTF-16 units', () => {
    expect(refusedCharacter('😀😀\u202e')).toContain('at character 3');
    expect(refusedCharacter('åäö\u0001')).toContain('at character 4');
  });

  it.each([
    [
      '\u2028',
      'U+2028',
      'en rad- eller styckeavgränsare som ett dokument inte skulle visa; skicka en radbrytning (\\n) i stället',
    ],
    [
      '\u200b',
      'U+200B',
      'ett tecken som inte syns i utskrift (texten skulle se likadan ut utan det); ta bort det',
    ],
    [
      '\u202e',
      'U+202E',
      'ett styrtecken för skrivriktning som kan få utskriven text att läsas på annat sätt än den skickades; ta bort det',
    ],
    ['\u0001', 'U+0001', 'ett tecken som ett dokument inte kan innehålla; ta bort det'],
  ])('gives the reason for %j in Swedish', (char, code, why) => {
    expect(refusedCharacter(`Acme${char}AB`, 'sv')).toBe(`innehåller ${code} vid tecken 5, ${why}`);
  });

  it('gives a lone surrogate in Swedish', () => {
    expect(refusedCharacter('Acme\ud800', 'sv')).toBe(
      'innehåller ena halvan av ett surrogatpar (U+D800) vid tecken 5, vilket inte är något tecken; skicka texten som giltig Unicode',
    );
  });

  it('the schema applies it beside the length limits', () => {
    const name = userText(10);
    expect(name.safeParse('Acme AB').success).toBe(true);
    expect(name.safeParse('').success).toBe(false);
    expect(name.safeParse('x'.repeat(11)).success).toBe(false);
    const refused = name.safeParse('a\u202eb');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/U\+202E/);
  });
});

describe('through the API: a 400 naming the field, on every route that prints text', () => {
  const app = createApp({ config: { log: false } });
  const post = (path: string, body: unknown) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const parties = (name: string) => [
    { id: 'uni', name, country: 'SE', type: 'public-authority' },
    { id: 'vendor', name: 'Vendor Pvt Ltd', country: 'IN', type: 'company', gdprBasis: 'none' },
  ];
  const flows = [{ id: 'f1', from: 'uni', to: 'vendor', fromRole: 'controller', toRole: 'processor' }];
  const errorsOf = async (res: Response) => {
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return ((await res.json()) as { errors: { field: string; reason: string; in: string }[] }).errors;
  };

  it('POST /v1/assessments: a party name with a right-to-left override', async () => {
    const errors = await errorsOf(
      await post('/v1/assessments', { parties: parties('Uni\u202eBA emoc'), flows }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        field: 'parties[0].name',
        in: 'body',
        reason: expect.stringMatching(/U\+202E/),
      }),
    );
  });

  it('the reason in the requested language: Swedish on lang=sv, on the case routes and on /v1/tia', async () => {
    const sv = await errorsOf(
      await post('/v1/assessments?lang=sv', { parties: parties('Ac\u200bme'), flows }),
    );
    expect(sv).toContainEqual({
      field: 'parties[0].name',
      in: 'body',
      reason:
        'innehåller U+200B vid tecken 3, ett tecken som inte syns i utskrift (texten skulle se likadan ut utan det); ta bort det',
    });
    const tia = await errorsOf(
      await post('/v1/tia?lang=sv', {
        destination: 'IN',
        transferTool: 'scc',
        sccModule: 2,
        asOf: '2026-11-01',
        laws: {
          findings: [
            {
              guarantee: 'A',
              text: 'Eget \u202efynd',
              sources: [{ title: 'R', url: 'https://example.org' }],
            },
          ],
        },
      }),
    );
    expect(tia).toContainEqual(
      expect.objectContaining({
        field: 'laws.findings[0].text',
        reason: expect.stringMatching(/^innehåller U\+202E vid tecken 6, ett styrtecken för skrivriktning/),
      }),
    );
    // A refused key of details: the key's own reason, in Swedish too.
    const key = await errorsOf(
      await post('/v1/documents/memo?lang=sv', {
        case: { parties: parties('Uni'), flows },
        details: { parties: { 'uni\u202e': { address: 'Box 1' } } },
        documentDate: '2026-11-15',
      }),
    );
    expect(key.find((e) => e.field.startsWith('details.parties'))?.reason).toMatch(
      /^innehåller U\+202E vid tecken 4/,
    );
    const en = await errorsOf(await post('/v1/assessments', { parties: parties('Ac\u200bme'), flows }));
    expect(en.find((e) => e.field === 'parties[0].name')?.reason).toMatch(/^holds U\+200B at character 3/);
  });

  it('POST /v1/tia: the sources of a finding, strictly (no field dropped, no override printed)', async () => {
    const finding = (source: object) => ({
      destination: 'IN',
      transferTool: 'scc',
      sccModule: 2,
      asOf: '2026-11-01',
      laws: { findings: [{ guarantee: 'A', text: 'Own finding', sources: [source] }] },
    });
    const refused = await errorsOf(
      await post('/v1/tia', finding({ title: 'Report \u202egpj.exe', url: 'https://example.org/r' })),
    );
    expect(refused).toContainEqual(
      expect.objectContaining({
        field: 'laws.findings[0].sources[0].title',
        reason: expect.stringMatching(/U\+202E at character 8/),
      }),
    );
    const unknown = await errorsOf(
      await post('/v1/tia', finding({ title: 'Report', url: 'https://example.org/r', page: 12 })),
    );
    expect(unknown).toContainEqual(
      expect.objectContaining({
        field: 'laws.findings[0].sources[0].page',
        reason: expect.stringMatching(/unknown field/),
      }),
    );
    const accepted = await post('/v1/tia', finding({ title: 'Report', oj: 'OJ L 1, 1.1.2020, p. 1' }));
    expect(accepted.status).toBe(200);
  });

  it('a refused id used as a key of details: its own reason, and the key spelt out in the field', async () => {
    const errors = await errorsOf(
      await post('/v1/documents/memo', {
        case: { parties: parties('Uni'), flows },
        details: { parties: { 'uni\u202e': { address: 'Box 1' } } },
        documentDate: '2026-11-15',
      }),
    );
    const error = errors.find((e) => e.field.startsWith('details.parties'));
    expect(error?.field).toBe('details.parties.uni\\u202E');
    expect(error?.reason).toMatch(/U\+202E at character 4/);
  });

  it('POST /v1/documents/memo: a control character in a flow id', async () => {
    const errors = await errorsOf(
      await post('/v1/documents/memo', {
        case: { parties: parties('Uni'), flows: [{ ...flows[0], id: 'f\u00011' }] },
        documentDate: '2026-11-15',
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ field: 'case.flows[0].id', reason: expect.stringMatching(/U\+0001/) }),
    );
  });
});
