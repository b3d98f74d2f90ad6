// Multipart encoding of typed bodies (toFormData, src/core/multipart.ts) and file inputs (toFile).
import { describe, expect, it } from 'vitest';
import { toFile, toFormData } from '../src/index.js';

describe('toFormData', () => {
  it('files as file parts, arrays as repeated fields, objects as JSON text, scalars as text; null and undefined left out', async () => {
    const cv = new File(['%PDF'], 'cv.pdf', { type: 'application/pdf' });
    const form = toFormData({
      cv_file: cv,
      photo: new Blob(['png'], { type: 'image/png' }),
      tags: ['a', null, 'b', undefined],
      address: { city: 'Berlin', zip: '10115' },
      questions: [{ id: 1, answer: 'yes' }],
      first_name: 'Ada',
      years: 0,
      remote: false,
      phone: null,
      notes: undefined,
    });
    expect([...form.keys()]).toEqual(['cv_file', 'photo', 'tags', 'tags', 'address', 'questions', 'first_name', 'years', 'remote']);
    expect(form.get('cv_file')).toBe(cv);
    const photo = form.get('photo') as File;
    expect([photo instanceof Blob, photo.type, await photo.text()]).toEqual([true, 'image/png', 'png']);
    expect(form.getAll('tags')).toEqual(['a', 'b']);
    expect(form.get('address')).toBe('{"city":"Berlin","zip":"10115"}');
    expect(form.get('questions')).toBe('{"id":1,"answer":"yes"}');
    expect([form.get('first_name'), form.get('years'), form.get('remote')]).toEqual(['Ada', '0', 'false']);
  });
});

describe('toFile', () => {
  it("a File given another content type is re-typed, keeping its name and bytes", async () => {
    const file = new File(['%PDF'], 'cv.pdf', { type: 'application/octet-stream' });
    const typed = toFile({ data: file, contentType: 'application/pdf' });
    expect([typed.name, typed.type, await typed.text()]).toEqual(['cv.pdf', 'application/pdf', '%PDF']);
  });
});
