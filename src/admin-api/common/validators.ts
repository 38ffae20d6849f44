import { ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `[["09:00","12:00"],["13:00","18:00"]]`: HH:mm pairs, each start before its end, in order, not overlapping. */
export function isIntervalList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > 8) return false;
  let previousEnd = '';
  for (const interval of value) {
    if (!Array.isArray(interval) || interval.length !== 2) return false;
    const [start, end] = interval as unknown[];
    if (typeof start !== 'string' || typeof end !== 'string' || !TIME.test(start) || !TIME.test(end)) return false;
    if (start >= end || start < previousEnd) return false;
    previousEnd = end;
  }
  return true;
}

/** `{mon: [["09:00","18:00"]], …}`: only weekday keys, each an interval list. */
export function IsBusinessHours(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBusinessHours',
      validator: {
        validate: (value: unknown) =>
          !!value &&
          typeof value === 'object' &&
          !Array.isArray(value) &&
          Object.entries(value).every(([day, intervals]) => WEEKDAYS.includes(day) && isIntervalList(intervals)),
        defaultMessage: () =>
          '$property must map weekdays (mon…sun) to lists of ["HH:mm","HH:mm"] intervals, each start before its end',
      },
    },
    options,
  );
}

export function IsIntervalList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIntervalList',
      validator: {
        validate: isIntervalList,
        defaultMessage: () => '$property must be a list of ["HH:mm","HH:mm"] intervals, each start before its end',
      },
    },
    options,
  );
}

/**
 * Optional but never null, for fields whose column is NOT NULL: omitted keeps the value (or the default), an
 * explicit null is a 400 rather than a failed insert. Update DTOs pass `{ skipNullProperties: false }` to
 * PartialType so that it does not re-allow null.
 */
export function IsOptionalNotNull(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined, options);
}
