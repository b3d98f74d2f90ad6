// Policy 1 (CONVENTIONS.md): a success response of an `inferred` or `secondary` operation is a guess,
// so it may require nothing beyond an identifier. A schema whose `required` list is backed by a general
// docs page (e.g. the pagination envelope) names that page in `x-required-source`.
import { responseSchemas, walkSchema } from './walk-schema.js';

const GUESSED = ['inferred', 'secondary'];
const IDENTIFIERS = ['id'];

export default function InferredResponseRequired() {
  return {
    Operation: {
      enter(operation, ctx) {
        const status = operation['x-provenance']?.status;
        if (!GUESSED.includes(status)) return;
        for (const response of responseSchemas(operation, ctx.location, ctx)) {
          if (!/^2\d\d$/.test(response.status)) continue;
          walkSchema(response.schema, response.location, ctx, (schema, at) => {
            if (typeof schema['x-required-source'] === 'string') return;
            const extra = (schema.required ?? []).filter((name) => !IDENTIFIERS.includes(name));
            if (extra.length === 0) return;
            ctx.report({
              message: `\`${operation.operationId}\` is ${status}: its ${response.status} response may require only \`id\`, not ${extra.map((n) => `\`${n}\``).join(', ')} (or name the docs page in \`x-required-source\`).`,
              location: at.child(['required']),
            });
          });
        }
      },
    },
  };
}
