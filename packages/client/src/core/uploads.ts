// File inputs for multipart operations: a Blob, a File, raw bytes, or any of those with a filename
// and content type. Everything becomes a File, so the multipart part carries a name and a type.
// Resource methods of multipart operations (`rs.files.upload({ file })`) convert file fields with toFile.

/** Raw file contents. */
export type FileData = Blob | Uint8Array | ArrayBuffer;

/** File contents with the name and type the server should see. */
export interface FileUpload {
  data: FileData;
  /** E.g. `cv.pdf`. Defaults to the File's own name. */
  filename?: string;
  /** E.g. `application/pdf`. Defaults to the Blob's own type. */
  contentType?: string;
}

/** What a multipart method accepts for a file field. */
export type Upload = FileData | FileUpload;

/** `T` with the file fields `K` accepting any `Upload`. */
export type WithUploads<T, K extends keyof T> = Omit<T, K> & { [P in K]: Upload };

/**
 * Turns any `Upload` into a File with a name and a content type. The name and type an upload carries
 * (a File's own, or `{ filename, contentType }`) win; `filename` and `contentType` are the fallbacks:
 * `toFile(bytes, 'cv.pdf', 'application/pdf')`.
 */
export function toFile(upload: Upload, filename = 'file', contentType = 'application/octet-stream'): File {
  const { data, ...meta }: FileUpload = 'data' in upload ? upload : { data: upload };
  const name = meta.filename ?? (data as File).name ?? filename;
  const type = meta.contentType ?? ((data as Blob).type || contentType);
  return data instanceof File && data.name === name && data.type === type ? data : new File([data as BlobPart], name, { type });
}
