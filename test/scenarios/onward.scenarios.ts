import { parties, type Scenario } from './scenario.js';

/**
 * Onward transfers: a further move by the importer is governed by the first transfer's instrument (SCC
 * Clauses 8.7/8.8); a disclosure back into the EEA is none; a party outside the GDPR with no incoming
 * transfer makes none.
 */

const { swedishCompany, company } = parties;

export const scenarios: Scenario[] = [
  {
    name: 'a chain from Sweden to the US, India and China, one move back into Ireland, and an unrelated flow',
    asOf: '2026-11-01',
    case: {
      parties: [
        swedishCompany,
        company('us', 'US'),
        company('in', 'IN'),
        company('cn', 'CN'),
        { id: 'ie', country: 'IE', type: 'company' },
        company('br', 'AR'),
        company('mx', 'MX'),
      ],
      flows: [
        { id: 'first', from: 'se', to: 'us', fromRole: 'controller', toRole: 'processor', hrData: false },
        { id: 'second', from: 'us', to: 'in', fromRole: 'processor', toRole: 'processor' },
        { id: 'third', from: 'in', to: 'cn', fromRole: 'processor', toRole: 'processor' },
        { id: 'home', from: 'in', to: 'ie', fromRole: 'processor', toRole: 'processor' },
        { id: 'unrelated', from: 'br', to: 'mx', fromRole: 'controller', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        // The first flow is a transfer.
        first: { is: { kind: 'transfer', mechanism: 'scc', scc: { module: 2 } } },
        // A further move by the importer is an onward transfer, governed by the first transfer.
        second: {
          is: { kind: 'onward-transfer', mechanism: 'none', originatingFlows: ['first'] },
          includes: { obligations: ['onward-transfer-conditions'] },
          says: { 'onward-transfer': { has: [/"first".*Clause 8\.8/] } },
          steps: { receivedThroughTransfer: { value: 'yes', by: 'flows[0].to' } },
        },
        // Along the chain too.
        third: { is: { kind: 'onward-transfer', originatingFlows: ['first'] } },
        // A disclosure into the EEA is no onward transfer.
        home: { is: { kind: 'not-a-transfer', mechanism: 'none' }, concludes: 'notOnwardIntoEea' },
        // A third-country party outside the GDPR with no incoming transfer makes no transfer.
        unrelated: { is: { kind: 'not-a-transfer', mechanism: 'none' }, concludes: 'notTransferOutsideGdpr' },
      },
    },
  },
  {
    name: 'an onward transfer from outside the Union to the UK during the TCA bridge stays an onward transfer',
    asOf: '2021-03-01',
    case: {
      parties: [swedishCompany, company('in', 'IN'), company('r', 'GB')],
      flows: [
        { from: 'se', to: 'in', fromRole: 'controller', toRole: 'processor' },
        { from: 'in', to: 'r', fromRole: 'processor', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        f1: { exactly: { kind: 'transfer' } },
        f2: {
          is: { kind: 'onward-transfer', originatingFlows: ['f1'] },
          warnings: { lacks: ['interim-arrangement'] },
        },
      },
    },
  },
];
