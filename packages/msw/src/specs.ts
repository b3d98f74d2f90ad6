// The closed mock bundles @ats-sdk/mock-server ships (specs/*.openapi.json), imported as modules so
// a browser bundler inlines them and Node reads them from the installed package: one spec, two fronts.
import recruspace from '@ats-sdk/mock-server/specs/recruspace.openapi.json' with { type: 'json' };
import unifiedAts from '@ats-sdk/mock-server/specs/unified-ats.openapi.json' with { type: 'json' };
import type { MockApi, Spec } from '@ats-sdk/mock-server/engine';

export const SPECS: Record<MockApi, Spec> = { recruspace: recruspace as Spec, 'unified-ats': unifiedAts as Spec };
