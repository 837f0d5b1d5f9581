/** Reading a response body with a size limit, so a runaway answer cannot take the machine's memory. */

/** The largest body the client reads: every real answer is well under a megabyte, so 64 MB means a broken server. */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * The body as UTF-8 text, or `undefined` when it is larger than `maxBytes`: refused from its `Content-Length` before
 * reading, or as soon as the bytes read pass the limit (the rest is never downloaded).
 */
export async function readBodyCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
