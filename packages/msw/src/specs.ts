// The closed mock bundles @ats-sdk/mock-server ships (specs/*.openapi.json), imported as modules so
// a browser bundler inlines them and Node reads them from the installed package: one spec, two
// fronts. One module per API, so a bundle of one API's handlers carries only that API's spec.
export { default as recruspaceSpec } from '@ats-sdk/mock-server/specs/recruspace.openapi.json' with { type: 'json' };
export { default as unifiedAtsSpec } from '@ats-sdk/mock-server/specs/unified-ats.openapi.json' with { type: 'json' };
