import { describe, expect, it } from 'vitest';
import { DOCX_TYPE, documentKindNames } from '../../src/documents/kind-names.js';
import { documentKinds } from '../../src/documents/kinds.js';
import { DOCX_TYPE as renderDocxType } from '../../src/documents/render.js';

// The documents route declares itself from kind-names.ts and loads the documents' code on first use.
describe('the kind names the documents route declares', () => {
  it('are the registry kinds, in bundle order, and the DOCX type is the one documents are sent with', () => {
    expect([...documentKindNames]).toEqual(documentKinds);
    expect(DOCX_TYPE).toBe(renderDocxType);
  });
});
