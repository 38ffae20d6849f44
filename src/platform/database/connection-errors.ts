/** Socket-level failures between the app and PostgreSQL (refused, reset, timed out, unresolvable). */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** PostgreSQL refusing or dropping the session: admin/crash shutdown, starting up, too many connections. */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
/** node-postgres' own connection errors carry no code, only these messages. */
const PG_CLIENT_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether an error (TypeORM's QueryFailedError, or the pg driver's own) means PostgreSQL could not be reached
 * or dropped the connection, rather than refusing the statement: the request may succeed once it is back.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const driver = (err as { driverError?: unknown } | null)?.driverError ?? err;
  if (typeof driver !== 'object' || driver === null) return false;
  const { code, message } = driver as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08'))) {
    return true;
  }
  return typeof message === 'string' && PG_CLIENT_MESSAGES.test(message);
}
