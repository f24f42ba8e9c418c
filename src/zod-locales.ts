// The Worker's stand-in for zod's `locales` module (wrangler.toml aliases zod's `../locales/index.js` here):
// zod re-exports all its 60-odd message languages from its entry, and the app's `import { z } from 'zod'`
// keeps them all in the bundle. The API answers in its own words (problem+json); zod's own messages are
// kept in English (its default) and, deliberately, Swedish: /v1/interview gives field reasons in the
// user's language (src/api/routes/interview.ts). Node runs zod unchanged.
export { default as en } from 'zod/v4/locales/en.js';
export { default as sv } from 'zod/v4/locales/sv.js';
