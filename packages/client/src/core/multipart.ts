/**
 * Serializes a typed multipart body into FormData: Blobs and Files go in as file parts (a File keeps
 * its name), arrays repeat their field, objects travel as JSON text, and undefined fields are left out.
 * fetch then sets `Content-Type: multipart/form-data; boundary=…` itself.
 */
export function toFormData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) form.append(name, item);
      else if (typeof item === 'object') form.append(name, JSON.stringify(item));
      else form.append(name, String(item));
    }
  }
  return form;
}
