import { ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { AppError } from './app-error';
import { FieldError } from './error-codes';

/** Flattens class-validator errors (nested objects and arrays included) into `{field, rule, message}` items. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field, rule, message: rule === 'whitelistValidation' ? `${field} is not allowed` : message });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

export function validationError(errors: ValidationError[]): AppError {
  const details = toFieldErrors(errors);
  const fields = [...new Set(details.map((d) => d.field))].join(', ');
  return new AppError('INVALID_INPUT', `Invalid input: ${fields}`, details);
}

/** For `:id` route params: a malformed id is a 400 naming the parameter (never a query with garbage). */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => AppError.invalid(field, 'isUuid', `${field} must be a UUID`) });
}

/** For enum route params (`:provider`): anything else is a 400 naming the parameter. */
export function enumParam<T extends string>(field: string, values: readonly T[]): PipeTransform<string, T> {
  return {
    transform(value: string): T {
      if (!(values as readonly string[]).includes(value)) {
        throw AppError.invalid(field, 'isIn', `${field} must be one of ${values.join(', ')}`);
      }
      return value as T;
    },
  };
}

/**
 * Whether a parsed JSON value nests objects or arrays more than `max` levels deep (`{}` is one level).
 * Iterative, so the check itself cannot overflow the stack on the hostile bodies it exists to refuse.
 */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
    }
  }
  return false;
}
