import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import {
  decodeUtf8,
  firstInvalidUtf8,
  JsonBodyError,
  parseStrictJson,
} from '../../src/api/middleware/json-body/strict-json.js';

/** Issue 18, points 5–7: a body is read exactly as sent, or refused naming what and where. */

const app = createApp({ config: { log: false } });
const sound = {
  asOf: '2026-11-01',
  parties: [
    { id: 'uni', name: 'Uppsala universitet', country: 'SE', type: 'public-authority' },
    { id: 'jp', name: 'Example KK', country: 'JP', type: 'company' },
  ],
  flows: [{ id: 'f1', from: 'uni', to: 'jp', fromRole: 'controller', toRole: 'processor' }],
};
const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

type Problem = {
  type: string;
  detail: string;
  errors: { field: string; reason: string; in?: string }[];
  [k: string]: unknown;
};
async function problem(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as Problem;
}

describe('the body as sent', () => {
  it('bytes that are not UTF-8: 400 naming the byte offset, not a replacement character', async () => {
    const text = new TextEncoder().encode(JSON.stringify(sound));
    const at = text.indexOf(0x55); // the "U" of Uppsala
    const bytes = new Uint8Array([...text.subarray(0, at), 0xc3, 0x28, ...text.subarray(at + 1)]);
    const body = await problem(await post('/v1/assessments', bytes), 400);
    expect(body.offset).toBe(at);
    expect(body.errors[0]).toMatchObject({ field: 'body', reason: `not UTF-8 at byte offset ${at}` });
  });

  it('a key twice in one object: 400 naming the key and its path, at the top and deep inside', async () => {
    const text = JSON.stringify(sound);
    const twice = `{"asOf":"2020-01-01",${text.slice(1)}`;
    const top = await problem(await post('/v1/assessments', twice), 400);
    expect(top.errors).toEqual([
      expect.objectContaining({ field: 'asOf', reason: expect.stringMatching(/duplicate key/) }),
    ]);
    const deep = text.replace('"name":"Example KK"', '"name":"Example KK","name":"Other KK"');
    const inner = await problem(await post('/v1/assessments', deep), 400);
    expect(inner.errors[0]?.field).toBe('parties[1].name');
  });

  it('details.parties.__proto__: the same 400 as any other id the case does not have', async () => {
    const request = (key: string) =>
      `{"case":${JSON.stringify(sound)},"details":{"parties":{"${key}":{"address":"Gatan 1"}}}}`;
    const other = await problem(await post('/v1/documents/memo', request('nobody')), 400);
    const proto = await problem(await post('/v1/documents/memo', request('__proto__')), 400);
    expect(other.errors).toEqual([expect.objectContaining({ field: 'details.parties.nobody' })]);
    expect(proto.errors).toEqual([
      expect.objectContaining({ field: 'details.parties.__proto__', reason: other.errors[0]?.reason }),
    ]);
  });

  it('malformed JSON: line, column and what was expected', async () => {
    const body = await problem(
      await post('/v1/assessments', '{\n  "asOf": "2026-11-01"\n  "parties": []\n}'),
      400,
    );
    expect(body.type).toMatch(/malformed-json$/);
    expect(body).toMatchObject({ line: 3, column: 3, expected: '"," or "}"' });
    expect(body.errors[0]?.reason).toBe('line 3, column 3: expected "," or "}", found "\\""');
    const cut = await problem(await post('/v1/assessments', '{"parties": ['), 400);
    expect(cut.errors[0]?.reason).toMatch(/line 1, column 14: expected a value .*found the end of the body/);
  });

  it('a Content-Encoding the service does not decode: 415 naming the header', async () => {
    for (const encoding of ['br', 'gzip']) {
      const body = await problem(
        await post('/v1/assessments', JSON.stringify(sound), { 'content-encoding': encoding }),
        415,
      );
      expect(body.errors[0]).toMatchObject({ field: 'content-encoding', in: 'header' });
    }
    expect(
      (await post('/v1/assessments', JSON.stringify(sound), { 'content-encoding': 'identity' })).status,
    ).toBe(200);
  });

  it('application/json-seq: the app’s own 415', async () => {
    const res = await post('/v1/assessments', `\u001e${JSON.stringify(sound)}\n`, {
      'content-type': 'application/json-seq',
    });
    expect((await problem(res, 415)).errors[0]).toMatchObject({ field: 'content-type' });
  });
});

describe('routes and paths', () => {
  it('a wrong method: 405 with Allow', async () => {
    const get = await app.request('/v1/assessments');
    await problem(get, 405);
    expect(get.headers.get('allow')).toBe('POST');
    const del = await app.request('/v1/countries/SE', { method: 'DELETE' });
    await problem(del, 405);
    expect(del.headers.get('allow')).toBe('GET, HEAD');
    await problem(await app.request('/v1/nothing-here'), 404);
  });

  it('a path parameter is never echoed with bidi or hidden characters', async () => {
    for (const path of ['/v1/countries/%E2%80%AEGB', '/v1/dpf/%E2%80%8Bx', '/v1/wizard/%E2%80%AEroles']) {
      const res = path.startsWith('/v1/wizard')
        ? await post(path, '{"answers":[]}')
        : await app.request(path);
      const text = await res.text();
      expect([400, 404]).toContain(res.status);
      expect(text).not.toMatch(/[\u202e\u200b]/);
      expect(text).toMatch(/\\\\u(202E|200B)/);
    }
  });
});

describe('characters that print as nothing', () => {
  it('refused in names and ids with the character and its place', async () => {
    const hidden = { ...sound, parties: [{ ...sound.parties[0], name: 'Ac\u200Bme' }, sound.parties[1]] };
    const body = await problem(await post('/v1/assessments', JSON.stringify(hidden)), 400);
    expect(body.errors).toContainEqual(
      expect.objectContaining({
        field: 'parties[0].name',
        reason: expect.stringMatching(/U\+200B at character 3/),
      }),
    );
    for (const char of [
      '\uFEFF',
      '\u00AD',
      '\u2060',
      '\u034F',
      '\u3164',
      '\u115F',
      '\u{E0041}',
      '\u061C',
      '\u2028',
    ]) {
      const flows = [{ ...sound.flows[0], id: `f${char}1` }];
      const res = await post('/v1/assessments', JSON.stringify({ ...sound, flows }));
      const cp = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      expect((await problem(res, 400)).errors[0]?.reason, cp).toContain(`U+${cp} at character 2`);
    }
  });

  it('a zero-width joiner inside an emoji sequence stays', async () => {
    const emoji = { ...sound, parties: [{ ...sound.parties[0], name: 'Team 👩\u200D💻' }, sound.parties[1]] };
    expect((await post('/v1/assessments', JSON.stringify(emoji))).status).toBe(200);
  });
});

describe('strict JSON, the parts', () => {
  it('finds the first byte that starts no UTF-8 sequence', () => {
    const at = (bytes: number[]) => firstInvalidUtf8(new Uint8Array(bytes));
    expect(at([0x41, 0xc3, 0xa5])).toBe(3); // "Aå": all fine
    expect(at([0x41, 0xff])).toBe(1);
    expect(at([0x41, 0xc0, 0x80])).toBe(1); // overlong
    expect(at([0xed, 0xa0, 0x80])).toBe(0); // a surrogate
    expect(at([0x41, 0x42, 0xe2, 0x82])).toBe(2); // cut short
    expect(() => decodeUtf8(new Uint8Array([0x41, 0xff]))).toThrow(JsonBodyError);
  });

  it('parses like JSON.parse when every key is once per object', () => {
    const text = '{"a":{"b":1,"c":[{"b":2},{"b":3}]},"b":"\\"x\\":"}';
    expect(parseStrictJson(text)).toEqual(JSON.parse(text));
  });

  it('tells a repeated key also when it is spelt with an escape', () => {
    try {
      parseStrictJson('{"x":[{"ab":1,"a\\u0062":2}]}');
      throw new Error('accepted');
    } catch (error) {
      expect((error as JsonBodyError).fault).toEqual({
        kind: 'duplicate-key',
        key: 'ab',
        path: ['x', 0, 'ab'],
      });
    }
  });
});
