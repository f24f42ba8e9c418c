export * from './body-limit.js';
