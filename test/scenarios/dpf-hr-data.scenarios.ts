import { parties, type PartyIn, type Scenario } from './scenario.js';

/**
 * The EU-US Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795) covers a transfer only
 * to an organisation actively listed as a participant, and only for the kind of data its certification
 * covers: HR data (personal data of the organisation's own employees, collected in the context of the
 * employment relationship) and non-HR data are certified separately, and the official list shows each.
 */

const { swedishUniversity } = parties;
const asOf = '2026-11-01';
const cloud = (dpf?: { active: boolean; hrData: boolean; nonHrData: boolean }): PartyIn => ({
  id: 'cloud',
  name: 'Example Cloud Inc.',
  country: 'US',
  type: 'company',
  gdprBasis: 'none',
  ...(dpf ? { dpf } : {}),
});
const certified = (hrData: boolean, nonHrData: boolean) => cloud({ active: true, hrData, nonHrData });
const toCloud = (hrData?: boolean) => ({
  from: 'uni',
  to: 'cloud',
  fromRole: 'controller',
  toRole: 'processor',
  ...(hrData === undefined ? {} : { hrData }),
});

export const scenarios: Scenario[] = [
  {
    name: 'a Swedish university and a DPF-certified US cloud, non-HR data: adequacy, no SCC, no TIA',
    asOf,
    case: { parties: [swedishUniversity, certified(false, true)], flows: [toCloud(false)] },
    expect: {
      is: { kind: 'transfer', mechanism: 'adequacy', adequacy: { decision: '2023-1795', covered: true } },
      exactly: {
        scc: undefined,
        obligations: ['art28-contract'],
        'adequacy.conditionsToConfirm[].id': ['dpf-active-listing', 'ftc-dot-jurisdiction'],
        alternatives: [],
        derogations: [],
      },
      warnings: { has: ['adequacy-conditions'] },
    },
  },
  {
    name: 'the same cloud, HR data it has not certified: not covered, SCCs and a TIA',
    asOf,
    case: { parties: [swedishUniversity, certified(false, true)], flows: [toCloud(true)] },
    expect: {
      is: {
        mechanism: 'scc',
        adequacy: { decision: '2023-1795', covered: false, reason: /HR data/ },
        scc: { module: 2 },
      },
      includes: { obligations: ['tia'] },
    },
  },
  {
    name: 'an inactive participant is not covered',
    asOf,
    case: {
      parties: [swedishUniversity, cloud({ active: false, hrData: true, nonHrData: true })],
      flows: [toCloud(false)],
    },
    expect: { exactly: { mechanism: 'scc' }, answers: { dpfCertification: 'no' } },
  },
  {
    name: 'without DPF facts the status is unknown: never adequacy, with the official list to check',
    asOf,
    case: { parties: [swedishUniversity, cloud()], flows: [toCloud(false)] },
    expect: {
      exactly: { mechanism: 'scc' },
      answers: { dpfCertification: 'unknown' },
      warnings: { has: ['dpf-status-unknown'] },
    },
  },
  {
    name: 'HR status not stated and only non-HR certified: unknown rather than assumed',
    asOf,
    case: { parties: [swedishUniversity, certified(false, true)], flows: [toCloud()] },
    expect: { exactly: { mechanism: 'scc' }, answers: { dpfCertification: 'unknown' } },
  },
];
