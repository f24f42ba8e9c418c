import { assessForDocuments } from '../src/api/routes/documents.js';
import { documentRequest } from '../src/documents/index.js';
import { fullDetails, sampleCaseWithTia } from '../test/documents/fixtures.js';

const request = documentRequest.parse({ case: sampleCaseWithTia(), details: fullDetails });
const a = assessForDocuments(request, 'en');
for (const f of a.assessment.flows) console.log(f.id, f.kind, f.mechanism);
