import { type PartyIn, parties, type Scenario } from './scenario.js';

/**
 * The EU-US Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795) covers a transfer only
 * to an organisation actively listed as a participant, and only for the kind of data its certification
 * covers: HR data (personal data of the organisation's own employees, collected in the context of the
 * employment relationship) and non-HR data are certified separately, and the official list shows each. A lawyer's table:
 *
 * | certified for      | HR data sent      | non-HR data sent  | kind not said     |
 * |--------------------|-------------------|-------------------|-------------------|
 * | HR and non-HR      | adequacy          | adequacy          | adequacy          |
 * | non-HR only        | SCCs (not HR)     | adequacy          | unknown: SCCs     |
 * | HR only            | adequacy          | SCCs (not non-HR) | unknown: SCCs     |
 * | inactive listing   | SCCs              | SCCs              | SCCs              |
 * | no DPF facts given | unknown: SCCs     | unknown: SCCs     | unknown: SCCs     |
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
      // Assumed once for the case, with the field that settles it; not a warning on the flow.
      assumptions: { has: { 'dpf-status-unknown': { flows: ['f1'], fields: ['parties[1].dpf'] } } },
      warnings: { lacks: ['dpf-status-unknown'] },
    },
  },
  {
    name: 'HR status not stated and only non-HR certified: unknown rather than assumed',
    asOf,
    case: { parties: [swedishUniversity, certified(false, true)], flows: [toCloud()] },
    expect: { exactly: { mechanism: 'scc' }, answers: { dpfCertification: 'unknown' } },
  },
  // Issue 19: DPF HR-data coverage was caught by a single test only. The rest of the table above.
  {
    name: 'HR data to a cloud certified for HR data: adequacy, the reason names HR data, no SCC and no TIA',
    asOf,
    case: { parties: [swedishUniversity, certified(true, false)], flows: [toCloud(true)] },
    expect: {
      is: {
        kind: 'transfer',
        mechanism: 'adequacy',
        adequacy: { decision: '2023-1795', covered: true, reason: /certified for HR data/ },
      },
      exactly: { scc: undefined, obligations: ['art28-contract'] },
      answers: { dpfCertification: 'yes' },
      steps: { dpfCertification: { by: /flows\[0\]\.hrData/ } },
    },
  },
  {
    name: 'HR data, with the reason in Swedish: certifierad för HR-uppgifter',
    asOf,
    lang: 'sv',
    case: { parties: [swedishUniversity, certified(true, true)], flows: [toCloud(true)] },
    expect: {
      is: { mechanism: 'adequacy', adequacy: { covered: true, reason: /certifiering för HR-uppgifter/ } },
    },
  },
  {
    name: 'non-HR data to a cloud certified for HR data only: not covered, SCCs module 2 and a TIA, the reason names non-HR data',
    asOf,
    case: { parties: [swedishUniversity, certified(true, false)], flows: [toCloud(false)] },
    expect: {
      is: {
        kind: 'transfer',
        mechanism: 'scc',
        adequacy: {
          decision: '2023-1795',
          covered: false,
          reason: /not an active Data Privacy Framework participant certified for non-HR data/,
        },
        scc: { module: 2 },
      },
      exactly: { 'adequacy.conditionsToConfirm': [] },
      answers: { dpfCertification: 'no' },
      includes: { obligations: ['tia'] },
    },
  },
  {
    name: 'HR data to a cloud certified for both: adequacy',
    asOf,
    case: { parties: [swedishUniversity, certified(true, true)], flows: [toCloud(true)] },
    expect: {
      is: { mechanism: 'adequacy', adequacy: { covered: true } },
      answers: { dpfCertification: 'yes' },
    },
  },
  {
    name: 'the kind of data not said, the cloud certified for both: adequacy, nothing left to ask',
    asOf,
    case: { parties: [swedishUniversity, certified(true, true)], flows: [toCloud()] },
    expect: {
      is: { mechanism: 'adequacy', adequacy: { covered: true } },
      answers: { dpfCertification: 'yes' },
      warnings: { lacks: ['dpf-status-unknown'] },
      assumptions: { lacks: ['dpf-status-unknown'] },
    },
  },
  {
    name: 'the kind of data not said, the cloud certified for HR data only: unknown, SCCs, and the reason says the certification is not established',
    asOf,
    case: { parties: [swedishUniversity, certified(true, false)], flows: [toCloud()] },
    expect: {
      is: {
        mechanism: 'scc',
        adequacy: { covered: false, reason: /certification for this kind of data is not established/ },
      },
      answers: { dpfCertification: 'unknown' },
      steps: { dpfCertification: { by: /flows\[0\]\.hrData not given/ } },
    },
  },
  {
    name: 'HR data to an inactive participant once certified for HR data: not covered',
    asOf,
    case: {
      parties: [swedishUniversity, cloud({ active: false, hrData: true, nonHrData: false })],
      flows: [toCloud(true)],
    },
    expect: {
      is: { mechanism: 'scc', adequacy: { covered: false }, scc: { module: 2 } },
      answers: { dpfCertification: 'no' },
      includes: { obligations: ['tia'] },
    },
  },
  {
    name: 'HR data and non-HR data to the same cloud certified for non-HR only, in one case: each flow on its own footing',
    asOf,
    case: {
      parties: [swedishUniversity, certified(false, true)],
      flows: [
        { ...toCloud(true), id: 'personnel' },
        { ...toCloud(false), id: 'research' },
      ],
    },
    expect: {
      flows: {
        personnel: {
          is: { mechanism: 'scc', adequacy: { covered: false } },
          includes: { obligations: ['tia'] },
        },
        research: {
          is: { mechanism: 'adequacy', adequacy: { covered: true } },
          excludes: { obligations: ['tia'] },
        },
      },
    },
  },
];
