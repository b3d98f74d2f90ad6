// The id a server gives each request, for support tickets and log correlation.

/** `x-request-id`, else `request-id`, else AWS's `x-amzn-requestid`; undefined when none is sent. */
export function requestIdOf(headers: Headers): string | undefined {
  return headers.get('x-request-id') ?? headers.get('request-id') ?? headers.get('x-amzn-requestid') ?? undefined;
}
