import { createApp } from '../../src/api/index.js';

/**
 * A Swedish municipality (controller) sends personal data to a US company (processor): the engine must
 * decide on the EU-U.S. Data Privacy Framework, Implementing Decision (EU) 2023/1795, for that importer.
 */
const app = createApp({ config: { log: false } });

export interface UsFlowCase {
  importer: { name: string; dpf?: Record<string, unknown> };
  hrData: boolean;
  asOf: string;
}

export interface FlowOut {
  mechanism: string;
  adequacy?: { decision: string; covered: boolean; reason: string };
  scc?: { module: number };
  warnings: Array<{ code: string; message: string }>;
  trail: Array<{ id: string; answer: string; value: string; by?: string; cites: string[] }>;
}

export async function assessUsFlow({ importer, hrData, asOf }: UsFlowCase, lang: 'en' | 'sv' = 'en') {
  const body = {
    asOf,
    parties: [
      { id: 'kommun', name: 'Exempelby kommun', country: 'SE', type: 'public-authority' },
      { id: 'us', country: 'US', type: 'company', ...importer },
    ],
    flows: [{ id: 'f1', from: 'kommun', to: 'us', fromRole: 'controller', toRole: 'processor', hrData }],
  };
  const res = await app.request(`/v1/assessments?lang=${lang}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`POST /v1/assessments answered ${res.status}: ${await res.text()}`);
  const json = (await res.json()) as { flows: FlowOut[] };
  const flow = json.flows[0]!;
  return {
    flow,
    codes: flow.warnings.map((w) => w.code),
    dpfStep: flow.trail.find((t) => t.id === 'dpfCertification'),
    text: JSON.stringify(flow),
  };
}
