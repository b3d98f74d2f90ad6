// Policy 6 (CONVENTIONS.md): an operation marked `documented` carries no guessed detail. Its own text,
// its parameters, request body and responses, and every schema they reach must not be tagged
// `[inferred]` or `[secondary]` nor carry `x-provenance: inferred`; otherwise it is `partial`.
import { resolve, walkSchema } from './walk-schema.js';

const GUESS_TAG = /\[(inferred|secondary)\]/i;

export default function DocumentedWithoutGuesses() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (operation['x-provenance']?.status !== 'documented') return;
        const report = (where, at) =>
          ctx.report({
            message: `\`${operation.operationId}\` is documented but ${where} is a guess: mark the operation \`partial\`.`,
            location: at,
          });
        const checkText = (node, at, where) => {
          for (const key of ['summary', 'description']) {
            if (typeof node?.[key] === 'string' && GUESS_TAG.test(node[key])) report(`${where} (${key})`, at.child([key]));
          }
        };
        const checkSchema = (schema, at, where) =>
          walkSchema(schema, at, ctx, (node, nodeAt) => {
            if (node['x-provenance'] === 'inferred') report(`${where} (a schema marked x-provenance: inferred)`, nodeAt);
            else checkText(node, nodeAt, where);
          });

        checkText(operation, ctx.location, 'the operation');
        (operation.parameters ?? []).forEach((parameter, i) => {
          const { node, location } = resolve(parameter, ctx.location.child(['parameters', i]), ctx);
          checkText(node, location, `parameter \`${node?.name}\``);
          if (node?.schema) checkSchema(node.schema, location.child(['schema']), `parameter \`${node.name}\``);
        });
        const media = (holder, at, where) => {
          const { node, location } = resolve(holder, at, ctx);
          checkText(node, location, where);
          for (const [type, content] of Object.entries(node?.content ?? {})) {
            if (content?.schema) checkSchema(content.schema, location.child(['content', type, 'schema']), where);
          }
        };
        if (operation.requestBody) media(operation.requestBody, ctx.location.child(['requestBody']), 'the request body');
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          media(response, ctx.location.child(['responses', status]), `the ${status} response`);
        }
      },
    },
  };
}
