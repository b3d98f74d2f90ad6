// examples/msw-vitest exactly as a user copies it (see describeCopiedExample): its own `npm test`
// runs tsc and vitest with the MSW handlers.
import { describeCopiedExample } from './support/copied-example.js';

describeCopiedExample('msw-vitest');
