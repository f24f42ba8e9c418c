import { parties, type Scenario } from './scenario.js';

/**
 * Onward transfers, by the instrument of the transfer they continue (GDPR Art. 44; Decision (EU)
 * 2021/914): the onward flow's warning names that instrument and sends it to legal review where the
 * instrument has no onward-transfer rule the answer can point to (module 4) or is not settled; the flow
 * names the clauses of the first transfer's SCCs that govern it (module 1: Clause 8.7; modules 2 and 3:
 * Clause 8.8, and Clause 9 where a processor engages a sub-processor).
 */

const { swedishCompany, company } = parties;
const scc = 'Decision (EU) 2021/914, Annex';
const onwardText = (instrument: string) =>
  `Onward transfer of data that left the EU/EEA in flow "f1" (${instrument}). The exporter of that flow must make sure its instrument allows this onward transfer and that its conditions are met.`;

/** The onward flow's warning, said for information (not for review). */
const onwardSaid = (instrument: string) => ({
  includes: { warnings: [{ code: 'onward-transfer', message: onwardText(instrument) }] },
  excludes: { warnings: [{ code: 'onward-transfer', message: onwardText(instrument), review: true }] },
});

export const scenarios: Scenario[] = [
  {
    name: 'the first transfer rests on adequacy (Japan): its onward rules govern the move to India; no SCC clause, no review',
    asOf: '2026-11-01',
    case: {
      parties: [swedishCompany, company('jp', 'JP'), company('in', 'IN')],
      flows: [
        { from: 'se', to: 'jp', fromRole: 'controller', toRole: 'processor' },
        { from: 'jp', to: 'in', fromRole: 'processor', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        f1: { is: { mechanism: 'adequacy', onwardFlows: [{ flow: 'f2', clauses: [], onward: [] }] } },
        f2: {
          is: { kind: 'onward-transfer', continues: { flows: ['f1'], clauses: [] } },
          ...onwardSaid('on an adequacy decision: its onward-transfer rules apply'),
        },
      },
    },
  },
  {
    name: 'module 1 (controller to controller): the onward move is governed by Clause 8.7 alone, even to a processor',
    asOf: '2026-11-01',
    case: {
      parties: [swedishCompany, company('in', 'IN'), company('cn', 'CN')],
      flows: [
        { from: 'se', to: 'in', fromRole: 'controller', toRole: 'controller' },
        { from: 'in', to: 'cn', fromRole: 'controller', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        f1: {
          is: { scc: { module: 1 } },
          exactly: { onwardFlows: [{ flow: 'f2', clauses: [`${scc}, Clause 8.7 (module 1)`], onward: [] }] },
        },
        f2: {
          exactly: { continues: { flows: ['f1'], clauses: [`${scc}, Clause 8.7 (module 1)`] } },
          ...onwardSaid('SCC module 1: Clause 8.7 applies'),
        },
      },
    },
  },
  {
    name: 'module 3 (processor to sub-processor): the sub-processor engaging its own sub-processor is under Clauses 8.8 and 9',
    asOf: '2026-11-01',
    case: {
      parties: [swedishCompany, company('in', 'IN'), company('cn', 'CN')],
      flows: [
        { from: 'se', to: 'in', fromRole: 'processor', toRole: 'processor' },
        { from: 'in', to: 'cn', fromRole: 'processor', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        f1: { is: { scc: { module: 3 } } },
        f2: {
          exactly: {
            continues: {
              flows: ['f1'],
              clauses: [`${scc}, Clause 8.8 (module 3)`, `${scc}, Clause 9 (module 3)`],
            },
          },
          ...onwardSaid('SCC module 3: Clause 8.8, and Clause 9 for a sub-processor, apply'),
        },
      },
    },
  },
  {
    name: 'module 2, three hops: the processor discloses to a controller (Clause 8.8 only), which engages its own processor: not a sub-processor of the importer, so no Clause 9',
    asOf: '2026-11-01',
    case: {
      parties: [swedishCompany, company('in', 'IN'), company('cn', 'CN'), company('br', 'BR')],
      flows: [
        { from: 'se', to: 'in', fromRole: 'controller', toRole: 'processor' },
        { from: 'in', to: 'cn', fromRole: 'processor', toRole: 'controller' },
        { from: 'cn', to: 'br', fromRole: 'controller', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        f1: {
          exactly: {
            onwardFlows: [
              {
                flow: 'f2',
                clauses: [`${scc}, Clause 8.8 (module 2)`],
                onward: [{ flow: 'f3', clauses: [`${scc}, Clause 8.8 (module 2)`], onward: [] }],
              },
            ],
          },
        },
        f2: { exactly: { continues: { flows: ['f1'], clauses: [`${scc}, Clause 8.8 (module 2)`] } } },
        f3: {
          is: { kind: 'onward-transfer', originatingFlows: ['f1'] },
          exactly: { continues: { flows: ['f2'], clauses: [`${scc}, Clause 8.8 (module 2)`] } },
        },
      },
    },
  },
  {
    name: 'module 4 (a processor sends back to its controller): no onward-transfer clause of its own, so the onward move goes to review',
    asOf: '2026-11-01',
    case: {
      parties: [swedishCompany, company('in', 'IN'), company('cn', 'CN')],
      flows: [
        { from: 'se', to: 'in', fromRole: 'processor', toRole: 'controller', combinesWithEuData: false },
        { from: 'in', to: 'cn', fromRole: 'controller', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        f1: { is: { scc: { module: 4 } } },
        f2: {
          exactly: { continues: { flows: ['f1'], clauses: [] } },
          warnings: { forReview: ['onward-transfer'] },
          says: {
            'onward-transfer': {
              has: [
                onwardText(
                  'SCC module 4, which has no onward-transfer clause of its own: legal review needed',
                ),
              ],
            },
          },
        },
      },
    },
  },
  {
    name: 'the first transfer is not settled (a fact missing): the onward move goes to review',
    asOf: '2026-11-01',
    case: {
      parties: [swedishCompany, company('in', 'IN'), company('cn', 'CN')],
      flows: [
        { from: 'se', to: 'in', fromRole: 'processor', toRole: 'controller' },
        { from: 'in', to: 'cn', fromRole: 'controller', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        f1: { is: { mechanism: 'unresolved' }, warnings: { has: ['open-question'] } },
        f2: {
          warnings: { forReview: ['onward-transfer'] },
          says: { 'onward-transfer': { has: [onwardText('whose footing is not yet settled')] } },
        },
      },
    },
  },
  {
    name: 'a flow outside the GDPR into the same importer is no transfer: the onward move hangs from the transfer only',
    asOf: '2026-11-01',
    case: {
      parties: [swedishCompany, company('us', 'US'), company('in', 'IN'), company('cn', 'CN')],
      flows: [
        { from: 'se', to: 'in', fromRole: 'controller', toRole: 'processor' },
        { from: 'us', to: 'in', fromRole: 'controller', toRole: 'processor' },
        { from: 'in', to: 'cn', fromRole: 'processor', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        f1: { is: { kind: 'transfer', onwardFlows: [{ flow: 'f3' }] } },
        f2: { is: { kind: 'not-a-transfer' }, exactly: { onwardFlows: undefined, continues: undefined } },
        f3: { is: { kind: 'onward-transfer', originatingFlows: ['f1'], continues: { flows: ['f1'] } } },
      },
    },
  },
  {
    name: 'the onward warning in Swedish names the flow and the module',
    asOf: '2026-11-01',
    lang: 'sv',
    case: {
      parties: [swedishCompany, company('in', 'IN'), company('cn', 'CN')],
      flows: [
        { from: 'se', to: 'in', fromRole: 'processor', toRole: 'processor' },
        { from: 'in', to: 'cn', fromRole: 'processor', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        f2: {
          says: {
            'onward-transfer': {
              has: [
                'Vidareöverföring av uppgifter som lämnade EU/EES i flödet "f1" (standardavtalsklausulernas modul 3: klausul 8.8, och klausul 9 för ett underbiträde, gäller). Dataexportören i det flödet ska se till att dess instrument tillåter vidareöverföringen och att villkoren för den är uppfyllda.',
              ],
            },
          },
        },
      },
    },
  },
];
