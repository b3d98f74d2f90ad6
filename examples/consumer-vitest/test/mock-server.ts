// One mock of both APIs for the whole run (stateful: writes show up in later reads); tests reach it
// through `mock` from '@ats-sdk/mock-server/vitest'.
import { mockServerSetup } from '@ats-sdk/mock-server/vitest';

export default mockServerSetup({ api: 'all', stateful: true });
