export * from './json-body.js';
