import { describe, expect, it } from 'vitest';
import { createRecruspace, createUnifiedAts, toFile, unwrapContent } from '../src/index.js';

function recordingFetch(status = 201, body: unknown = { id: 1 }) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests };
}

const bytes = new TextEncoder().encode('%PDF-1.4 test');

describe('toFile', () => {
  it('names and types raw bytes, Blobs and described uploads; a File passes through', async () => {
    const fromBytes = toFile(bytes, 'cv.pdf', 'application/pdf');
    expect([fromBytes.name, fromBytes.type, await fromBytes.text()]).toEqual(['cv.pdf', 'application/pdf', '%PDF-1.4 test']);
    const fromBuffer = toFile(bytes.buffer as ArrayBuffer);
    expect([fromBuffer.name, fromBuffer.type, fromBuffer.size]).toEqual(['file', 'application/octet-stream', bytes.length]);
    const fromBlob = toFile(new Blob(['x'], { type: 'text/plain' }), 'notes.txt');
    expect([fromBlob.name, fromBlob.type]).toEqual(['notes.txt', 'text/plain']);
    const file = new File(['x'], 'own.pdf', { type: 'application/pdf' });
    expect(toFile(file, 'fallback.bin')).toBe(file);
    const renamed = toFile({ data: file, filename: 'renamed.pdf' });
    expect([renamed.name, renamed.type]).toEqual(['renamed.pdf', 'application/pdf']);
    const described = toFile({ data: bytes, filename: 'a.docx', contentType: 'application/msword' });
    expect([described.name, described.type]).toEqual(['a.docx', 'application/msword']);
  });
});

describe('multipart resource methods', () => {
  it('rs.candidates.create sends a multipart form with the CV as a named file part', async () => {
    const { fetch, requests } = recordingFetch();
    const rs = createRecruspace({ apiKey: 'k', baseUrl: 'http://api.test', fetch });
    const { response } = await rs.candidates.create({
      first_name: 'Jane',
      last_name: 'Doe',
      email: 'jane@example.com',
      cv_file: { data: bytes, filename: 'jane.pdf', contentType: 'application/pdf' },
      talent_pool_id: 123,
    }).withResponse();
    expect(response.status).toBe(201);
    const request = requests[0]!;
    expect(request.url).toBe('http://api.test/api/v1/client/candidates/add/');
    expect(request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await request.formData();
    const cv = form.get('cv_file') as File;
    expect([cv.name, cv.type, await cv.text()]).toEqual(['jane.pdf', 'application/pdf', '%PDF-1.4 test']);
    expect([form.get('first_name'), form.get('talent_pool_id')]).toEqual(['Jane', '123']);
  });

  it('rs.files.upload names a bare Blob after its field', async () => {
    const { fetch, requests } = recordingFetch(201, { success: 'OK', content: { id: 20170 } });
    const rs = createRecruspace({ apiKey: 'k', baseUrl: 'http://api.test', fetch });
    const data = await rs.files.upload({ file: new Blob([bytes], { type: 'application/pdf' }), folder_key: 'cv' });
    expect(data).toEqual({ success: 'OK', content: { id: 20170 } });
    expect(unwrapContent(data).id).toBe(20170);
    const form = await requests[0]!.formData();
    expect((form.get('file') as File).name).toBe('file');
    expect(form.get('folder_key')).toBe('cv');
  });

  it('ua.attachments.create keeps the integrated account, sends query fields as query, and passes call options', async () => {
    const { fetch, requests } = recordingFetch(201, { id: 'a1' });
    const ua = createUnifiedAts({ token: 't', integratedAccountId: 'acc', baseUrl: 'http://api.test', fetch });
    const data = await ua.attachments.create(
      { file: toFile(bytes, 'resume.pdf', 'application/pdf'), truto_ignore_remote_data: true },
      { idempotencyKey: 'attach-1' },
    );
    expect(data).toEqual({ id: 'a1' });
    const url = new URL(requests[0]!.url);
    expect([url.pathname, url.searchParams.get('integrated_account_id'), url.searchParams.get('truto_ignore_remote_data')]).toEqual([
      '/unified/ats/attachments',
      'acc',
      'true',
    ]);
    expect(requests[0]!.headers.get('idempotency-key')).toBe('attach-1');
    const form = await requests[0]!.formData();
    expect((form.get('file') as File).name).toBe('resume.pdf');
    expect(form.has('truto_ignore_remote_data')).toBe(false);
  });
});
