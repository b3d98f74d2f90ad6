// Multipart bodies are read by the front (the platform's FormData parser, which keeps the boundary's
// case and never %-decodes names) and handed on as an object: text fields as strings, files as their
// names (the schemas only say "binary"), parts whose `encoding` says JSON parsed as JSON, and
// numbers and booleans converted where the schema types the field so (form values are all text).
import { deref, type Operation } from './operations.js';
import type { Spec } from './types.js';

export class FormBodyError extends Error {}

export async function formToObject(spec: Spec, form: FormData, operation: Operation | undefined): Promise<Record<string, unknown>> {
  const media = operation?.requestBody?.content?.['multipart/form-data'];
  const encoding: Record<string, { contentType?: string }> = media?.encoding ?? {};
  const properties: Record<string, any> = deref(spec, media?.schema)?.properties ?? {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form) {
    if (/json/i.test(encoding[key]?.contentType ?? '')) {
      // A JSON part arrives as a text field or, sent as a Blob with its own type, as a file.
      const text = typeof value === 'string' ? value : await value.text();
      try {
        fields[key] = JSON.parse(text);
      } catch {
        throw new FormBodyError(`Part "${key}" must be JSON (its encoding is ${encoding[key]!.contentType}).`);
      }
    } else if (typeof value === 'string') {
      fields[key] = coerce(value, deref(spec, properties[key]));
    } else {
      fields[key] = value.name || 'upload'; // the schemas say only "binary": a file stands for itself
    }
  }
  return fields;
}

function coerce(value: string, schema: any): unknown {
  const types = [schema?.type].flat();
  if ((types.includes('integer') && /^-?\d+$/.test(value)) || (types.includes('number') && value.trim() !== '' && !Number.isNaN(Number(value)))) {
    return Number(value);
  }
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}
