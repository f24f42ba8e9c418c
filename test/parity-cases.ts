/**
 * Requests that the Node server and the Worker must answer alike. Each case states what the answer
 * must be; the Node suite and the workerd suite both run every case.
 */
export interface ParityCase {
  name: string;
  path: string;
  init?: RequestInit;
  status: number;
  contentType: string;
  check?: (body: unknown) => void;
}

type Json = Record<string, unknown>;
const field = (body: unknown, key: string) => (body as Json)[key];

function expectEqual(actual: unknown, expected: unknown, what: string) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

const adequacyIds = (body: unknown) => (field(body, 'adequacy') as { id: string }[]).map((d) => d.id);

export const parityCases: ParityCase[] = [
  { name: 'health', path: '/healthz', status: 200, contentType: 'application/json' },
  {
    name: 'Greenland is a third country without adequacy',
    path: '/v1/countries/GL?asOf=2026-11-01',
    status: 200,
    contentType: 'application/json',
    check: (body) => {
      expectEqual(field(body, 'status'), 'third-country', 'GL status');
      expectEqual(adequacyIds(body), [], 'GL adequacy');
    },
  },
  {
    name: 'the UK in mid-2024 is covered by Decision (EU) 2021/1772',
    path: '/v1/countries/GB?asOf=2024-06-01',
    status: 200,
    contentType: 'application/json',
    check: (body) => {
      expectEqual(field(body, 'status'), 'third-country', 'GB status');
      const celex = (field(body, 'adequacy') as { celex: string }[]).map((d) => d.celex);
      expectEqual(celex, ['32021D1772'], 'GB decisions');
    },
  },
  {
    name: 'Åland is in the EU and has a supervisory authority',
    path: '/v1/countries/AX?asOf=2026-11-01',
    status: 200,
    contentType: 'application/json',
    check: (body) => {
      expectEqual(field(body, 'status'), 'eu', 'AX status');
      if (!field(body, 'supervisoryAuthority')) throw new Error('AX has no supervisory authority');
    },
  },
  {
    name: 'Gibraltar is a third country outside the UK decision',
    path: '/v1/countries/GI?asOf=2026-11-01',
    status: 200,
    contentType: 'application/json',
    check: (body) => {
      expectEqual(field(body, 'status'), 'third-country', 'GI status');
      expectEqual(adequacyIds(body), [], 'GI adequacy');
    },
  },
  {
    name: 'Swedish names on request',
    path: '/v1/countries/DE?lang=sv&asOf=2026-11-01',
    status: 200,
    contentType: 'application/json',
    check: (body) => expectEqual(field(body, 'name'), 'Tyskland', 'DE in Swedish'),
  },
  {
    name: 'unknown code',
    path: '/v1/countries/QQ',
    status: 404,
    contentType: 'application/problem+json',
    check: (body) => expectEqual((field(body, 'errors') as Json[])[0]?.field, 'code', 'named field'),
  },
  {
    name: 'impossible date',
    path: '/v1/adequacy?asOf=2026-13-01',
    status: 400,
    contentType: 'application/problem+json',
    check: (body) => expectEqual((field(body, 'errors') as Json[])[0]?.field, 'asOf', 'named field'),
  },
  {
    name: 'no US decision between Privacy Shield and the DPF',
    path: '/v1/adequacy?asOf=2021-06-01',
    status: 200,
    contentType: 'application/json',
    check: (body) => {
      const us = (field(body, 'decisions') as { target: { code?: string } }[]).filter(
        (d) => d.target.code === 'US',
      );
      expectEqual(us.length, 0, 'US decisions in 2021');
    },
  },
  {
    name: 'DPF search finds the sample entry and says it is a sample',
    path: '/v1/dpf?q=ACME,%20Inc.',
    status: 200,
    contentType: 'application/json',
    check: (body) => {
      expectEqual((field(body, 'list') as Json).sample, true, 'sample flag');
      expectEqual((field(body, 'results') as Json[])[0]?.name, 'Acme Corporation', 'best hit');
    },
  },
  {
    name: 'OpenAPI document',
    path: '/openapi.json',
    status: 200,
    contentType: 'application/json',
    check: (body) => expectEqual(field(body, 'openapi'), '3.1.0', 'version'),
  },
  { name: 'API reference page', path: '/docs', status: 200, contentType: 'text/html' },
];

export async function runParityCase(fetcher: (req: Request) => Promise<Response>, c: ParityCase) {
  const response = await fetcher(new Request(`http://localhost${c.path}`, c.init));
  expectEqual(response.status, c.status, `${c.name}: status`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith(c.contentType))
    throw new Error(`${c.name}: content-type ${type}, expected ${c.contentType}`);
  if (c.check) c.check(await response.json());
}
