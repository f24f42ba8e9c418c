// The Worker's stand-in for zod's `locales` module (wrangler.toml aliases zod's `../locales/index.js` here):
// zod re-exports all its 60-odd message languages from its entry, and the app's `import { z } from 'zod'`
// keeps them all in the bundle. The API answers in its own words (problem+json), and zod's English default
// is the only language zod itself uses in the Worker: Swedish (zod's sv locale, for /v1/interview's field
// reasons) did not fit the 300 KiB budget, so the Worker answers zod's reasons in English. Node runs zod unchanged.
export { default as en } from 'zod/v4/locales/en.js';
