/**
 * The document kinds' names in bundle order and the DOCX media type: what the documents route needs to
 * declare itself, without the documents' code (views, templates, docx stamps), which it loads at the first
 * document request (a fast start on Node, less start-up work in a Worker isolate). Kept equal to
 * kinds.ts's registry by test/documents/kind-names.test.ts.
 */
export const documentKindNames = ['memo', 'scc', 'tia', 'dpa'] as const;

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
