import type { AppError } from 'src/platform/errors/app-error';

/** The typed error a call rejected with; fails the test if it resolved. */
export async function failureOf<E = AppError>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (err) {
    return err as E;
  }
  throw new Error('expected the call to fail');
}
