import { citation } from '../src/documents/citations.js';

for (const c of [
  'Decision (EU) 2021/914, Annex, Clause 14(b)(ii), footnote 12',
  'EDPB Recommendations 01/2020 (v2.0), Annex 2, Use Case 1',
  'Decision (EU) 2023/1795; EDPB information note of 18 July 2023',
  'GDPR Art. 45, 46 and 49',
  'GDPR Art. 49(1)(a)',
  'GDPR Art. 49(3)',
  'Decision (EU) 2021/914, Annex, Clauses 8.7, 8.8 and 9',
  'EDPB Recommendations 02/2020, Guarantee A',
  'Decision (EU) 2021/914, Annex, Clause 14 (module 4)',
  'EDPB Guidelines 07/2020, Part I, sections 2.1.4 and 3',
  'Decision (EU) 2021/914, Annex, Section I',
  'EDPB Guidelines 2/2018 on derogations of Article 49',
  'GDPR recital 111',
  'Decision (EU) 2023/1795, Annex I, Section I',
  'EDPB Recommendations 01/2020 (v2.0), step 2',
])
  console.log(c, ' => ', citation(c, 'sv'));
