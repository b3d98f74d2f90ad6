// Every operation must say how far the public docs back it, so guessed details are never silent.
// Shape: x-provenance: { status: documented|partial|secondary|inferred, sources: [https URL, ...], notes: string }
// `secondary`: the operation is known only from the vendor's own code (e.g. its n8n node), never its docs.
const STATUSES = ['documented', 'partial', 'secondary', 'inferred'];

export default function OperationProvenance() {
  return {
    Operation: {
      enter(operation, ctx) {
        const provenance = operation['x-provenance'];
        if (provenance === undefined) {
          ctx.report({
            message: 'Operation is missing `x-provenance` ({ status, sources, notes }).',
            location: ctx.location.key(),
          });
          return;
        }
        const at = ctx.location.child(['x-provenance']);
        if (provenance === null || typeof provenance !== 'object' || Array.isArray(provenance)) {
          ctx.report({ message: '`x-provenance` must be an object with status, sources and notes.', location: at });
          return;
        }
        if (!STATUSES.includes(provenance.status)) {
          ctx.report({
            message: `\`x-provenance.status\` must be one of ${STATUSES.join(', ')}.`,
            location: at.child(['status']),
          });
        }
        const sources = provenance.sources;
        if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string' || !/^https:\/\//.test(s))) {
          ctx.report({ message: '`x-provenance.sources` must be a list of https URLs.', location: at.child(['sources']) });
        } else if (sources.length === 0 && provenance.status !== 'inferred') {
          ctx.report({
            message: 'Only an `inferred` operation may have no sources.',
            location: at.child(['sources']),
          });
        }
        if (typeof provenance.notes !== 'string' || provenance.notes.trim() === '') {
          ctx.report({ message: '`x-provenance.notes` must say what is documented and what is not.', location: at.child(['notes']) });
        }
      },
    },
  };
}
