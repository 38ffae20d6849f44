import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode, type ErrorEnvelope, type FieldError } from 'src/platform/errors/error-codes';

/** For OpenAPI: one failed check of a request (validation errors carry one per field and rule). */
export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'name', description: 'Path of the offending field, e.g. `settings.retentionDays`' })
  field: string;

  @ApiProperty({ example: 'isLength', description: 'The check that failed' }) rule: string;
  @ApiProperty({ example: 'name must be longer than or equal to 1 characters' }) message: string;
}

export class ErrorBodyDto {
  @ApiProperty({ enum: Object.keys(ERROR_CODES), description: 'Stable code; clients branch on it, not on the text' })
  code: ErrorCode;

  @ApiProperty({ example: 'Invalid input: name' }) message: string;
  @ApiProperty({
    type: [FieldErrorDto],
    description: 'The fields at fault (INVALID_INPUT, some CONFLICTs); otherwise empty',
  })
  details: FieldErrorDto[];
}

/** For OpenAPI: the JSON body of every error response (DESIGN §3). */
export class ErrorEnvelopeDto implements ErrorEnvelope {
  @ApiProperty({ type: ErrorBodyDto }) error: ErrorBodyDto;
  @ApiProperty({ description: 'Also in the X-Request-Id response header; quote it when reporting a problem' })
  requestId: string;
}

export type ErrorStatus = (typeof ERROR_CODES)[ErrorCode]['status'];

const WHEN: Partial<Record<ErrorStatus, string>> = {
  400: 'The request is invalid (body, query or path parameter); `details` names each field',
  401: 'Not signed in: missing or invalid credentials, token or API key',
  403: 'The caller may not do this (role, scope or another company)',
  404: 'The resource (or its company) does not exist',
  429: 'Too many attempts; retry after the `Retry-After` header',
};

const codesOf = (status: ErrorStatus): ErrorCode[] =>
  (Object.keys(ERROR_CODES) as ErrorCode[]).filter((code) => ERROR_CODES[code].status === status);

/**
 * Documents the error responses of a controller (or a handler): each status with the error envelope, its codes
 * (from ERROR_CODES) and when it happens. Without arguments: 400, 401, 403 and 404.
 */
export function ApiErrors(...statuses: ErrorStatus[]): ClassDecorator & MethodDecorator {
  const list: ErrorStatus[] = statuses.length > 0 ? statuses : [400, 401, 403, 404];
  return applyDecorators(
    ...list.map((status) =>
      ApiResponse({
        status,
        type: ErrorEnvelopeDto,
        description: [codesOf(status).join(', '), WHEN[status]].filter(Boolean).join(': '),
        ...(status === 429
          ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } }
          : {}),
      }),
    ),
  );
}
