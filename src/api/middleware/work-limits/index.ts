export * from './work-limits.js';
