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

/** POST /v1/assessments of one flow from a Swedish public authority, the verdict checked by `check`. */
function assessment(
  name: string,
  flow: { asOf: string; importer: Json; flow?: Json; exporter?: Json; lang?: 'sv' | 'en' },
  check: (verdict: Verdict) => void,
): ParityCase {
  return {
    name,
    path: `/v1/assessments?lang=${flow.lang ?? 'en'}`,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        asOf: flow.asOf,
        parties: [
          { id: 'k', name: 'Exempelby kommun', country: 'SE', type: 'public-authority', ...flow.exporter },
          { id: 'imp', name: 'Importer', type: 'company', gdprBasis: 'none', ...flow.importer },
        ],
        flows: [
          { id: 'f1', from: 'k', to: 'imp', fromRole: 'controller', toRole: 'processor', ...flow.flow },
        ],
      }),
    },
    status: 200,
    contentType: 'application/json',
    check: (body) => {
      const flows = field(body, 'flows') as Verdict[];
      expectEqual(flows.length, 1, `${name}: flows`);
      check(flows[0]!);
    },
  };
}
interface Verdict {
  kind: string;
  mechanism: string;
  adequacy?: { celex: string; covered: boolean };
  scc?: { module: number; clause13?: string; supervisoryAuthority?: { name: string } };
  derogations: string[];
  warnings: { code: string; message: string }[];
  tia?: { status: string; conclusion?: { state: string; outcome: string } };
  importerRole?: { label: string };
}
const codes = (v: Verdict) => v.warnings.map((w) => w.code);

export const parityCases: ParityCase[] = [
  {
    name: 'health',
    path: '/healthz',
    status: 200,
    contentType: 'application/json',
    check: (body) => expectEqual(field(body, 'status'), 'ok', 'health status'),
  },
  // Verdicts: the same legal answers inside workerd as on Node.
  assessment(
    'a US processor without DPF certification: SCC module 2 with IMY, and the Art. 28 note',
    { asOf: '2026-11-01', importer: { country: 'US' } },
    (v) => {
      expectEqual(
        [v.kind, v.mechanism, v.scc?.module, v.scc?.clause13],
        ['transfer', 'scc', 2, 'member-state'],
        'verdict',
      );
      expectEqual(
        v.scc?.supervisoryAuthority?.name,
        'Swedish Authority for Privacy Protection (IMY)',
        'authority',
      );
      if (!codes(v).includes('art28-met-by-scc')) throw new Error('no art28-met-by-scc warning');
    },
  ),
  assessment(
    'a Japanese processor: Decision (EU) 2019/419 covers it',
    { asOf: '2026-11-01', importer: { country: 'JP' } },
    (v) => {
      expectEqual(
        [v.kind, v.mechanism, v.adequacy?.celex, v.adequacy?.covered],
        ['transfer', 'adequacy', '32019D0419', true],
        'verdict',
      );
    },
  ),
  assessment(
    'Art. 49(3): public powers and regular transfers leave (d), (f) and (g)',
    {
      asOf: '2026-11-01',
      importer: { country: 'IN' },
      flow: { publicPowers: true, occasional: false },
    },
    (v) => expectEqual(v.derogations, ['49-1-d', '49-1-f', '49-1-g'], 'derogations'),
  ),
  assessment(
    'the UK during the TCA bridge: no transfer',
    { asOf: '2021-03-15', importer: { country: 'GB' } },
    (v) => expectEqual(v.kind, 'not-a-transfer', 'kind'),
  ),
  assessment(
    'an encrypted backup with keys in the EEA: the TIA concludes on use case 1, in Swedish',
    {
      asOf: '2026-11-01',
      lang: 'sv',
      importer: { country: 'IN' },
      flow: {
        tia: {
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
        },
      },
    },
    (v) => {
      expectEqual([v.tia?.status, v.tia?.conclusion?.state], ['complete', 'proceedUseCase1'], 'tia');
      expectEqual(v.importerRole?.label, 'personuppgiftsbiträde (PUB)', 'Swedish label');
    },
  ),
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
