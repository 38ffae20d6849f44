import { QueryFailedError } from 'typeorm';
import { toAppError } from 'src/platform/errors/all-exceptions.filter';
import { isDatabaseUnavailable } from './connection-errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const wrapped = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset wrapped by TypeORM', wrapped(withCode('read ECONNRESET', 'ECONNRESET'))],
    ['a connection node-postgres saw dropped', wrapped(new Error('Connection terminated unexpectedly'))],
    ['the pool giving up on connecting', new Error('timeout exceeded when trying to connect')],
    ['an administrator shutdown', wrapped(withCode('terminating connection due to administrator command', '57P01'))],
    ['a connection exception class 08', wrapped(withCode('connection failure', '08006'))],
    ['too many connections', withCode('sorry, too many clients already', '53300')],
  ])('is true for %s', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ['a unique violation', wrapped(withCode('duplicate key value', '23505'))],
    ['a syntax error', wrapped(withCode('syntax error at or near "x"', '42601'))],
    ['a statement timeout', wrapped(withCode('canceling statement due to statement timeout', '57014'))],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a non-error', 'ECONNRESET'],
    ['nothing', undefined],
  ])('is false for %s', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe('the HTTP edge', () => {
  it('answers an unreachable database with a retryable 503, and anything else it does not know with a 500', () => {
    const outage = toAppError(wrapped(new Error('Connection terminated unexpectedly')));
    expect(outage).toMatchObject({ status: 503, code: 'UPSTREAM_UNAVAILABLE', retryable: true, retryAfterSeconds: 1 });
    expect(toAppError(wrapped(withCode('syntax error', '42601')))).toMatchObject({ status: 500, code: 'INTERNAL' });
  });
});
