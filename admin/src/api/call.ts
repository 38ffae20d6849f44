import { ApiError } from './http';

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an {@link ApiError} carrying the error envelope,
 * so TanStack Query sees failures as errors:
 *
 *   useQuery({ queryKey, queryFn: () => unwrap(api.GET('/api/companies/{companyId}', { params })) })
 */
export async function unwrap<T>(pending: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await pending;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    if (cause instanceof ApiError) throw cause;
    throw new ApiError('Could not reach the backend.', undefined, { cause });
  }
  if (!result.response.ok) throw ApiError.fromResponse(result.response.status, result.error);
  return result.data as T;
}
