// Redocly plugin: project rules that the built-in and configurable rules cannot express.
import operationProvenance from './rules/operation-provenance.js';

export default function atsSdkPlugin() {
  return {
    id: 'ats-sdk',
    rules: {
      oas3: {
        'operation-provenance': operationProvenance,
      },
    },
  };
}
