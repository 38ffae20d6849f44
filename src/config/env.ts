import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/**
 * Thrown at boot when an environment variable is missing or malformed. The message names the variable
 * and never echoes its value (it may be a secret).
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

/** Validates the environment variables a namespace reads, using class-validator rules keyed by variable name. */
export function validateEnv<T extends object>(schema: new () => T, env: Env, namespace: string): T {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    // An empty value means "not set", as docker-compose and Kubernetes write unset variables as ''.
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const instance = plainToInstance(schema, raw, { enableImplicitConversion: false });
  const errors = validateSync(instance, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    throw new ConfigError(`Invalid configuration (${namespace}): ${errors.map(describe).join('; ')}`);
  }
  return instance;
}

function describe(error: ValidationError): string {
  const rules = Object.values(error.constraints ?? {}).join(', ');
  return `${error.property}: ${rules}`;
}

export function parseBool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Parses durations like `900`, `15m`, `12h`, `7d` into seconds. */
export function parseDurationSeconds(value: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(value.trim());
  if (!match) throw new ConfigError(`Invalid duration "${value}"`);
  return Number(match[1]) * UNIT_SECONDS[match[2] || 's'];
}

export const DURATION_PATTERN = /^\d+[smhd]?$/;
