// The heavy-work thread from source (no build): registers tsx's loader inside the thread, which a
// worker thread does not inherit from `node --import tsx` or `tsx`, then runs heavy-thread.ts.
import { register } from 'tsx/esm/api';

register();
await import('./heavy-thread.ts');
