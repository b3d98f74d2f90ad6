// Redocly plugin: project rules that the built-in and configurable rules cannot express.
import documentedWithoutGuesses from './rules/documented-without-guesses.js';
import inferredResponseRequired from './rules/inferred-response-required.js';
import operationProvenance from './rules/operation-provenance.js';

export default function atsSdkPlugin() {
  return {
    id: 'ats-sdk',
    rules: {
      oas3: {
        'operation-provenance': operationProvenance,
        'inferred-response-required': inferredResponseRequired,
        'documented-without-guesses': documentedWithoutGuesses,
      },
    },
  };
}
