import { registerAs } from '@nestjs/config';
import { IsOptional, Matches } from 'class-validator';
import { Env, validateEnv } from './env';

const POSITIVE = { message: 'must be a positive integer' };

export class OrchestratorEnv {
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) TENANT_CONCURRENCY?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) TENANT_REQUESTS_PER_MINUTE?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) TOOL_DEFAULT_DEADLINE_MS?: string;
}

export function loadOrchestratorConfig(env: Env) {
  const v = validateEnv(OrchestratorEnv, env, 'orchestrator');
  return {
    /** Tool calls one company may have running at once on one instance. */
    tenantConcurrency: Number(v.TENANT_CONCURRENCY ?? 50),
    /** Tool calls one company may start per minute, across instances. */
    tenantRequestsPerMinute: Number(v.TENANT_REQUESTS_PER_MINUTE ?? 1200),
    /** The deadline of a call whose caller gives none. */
    defaultDeadlineMs: Number(v.TOOL_DEFAULT_DEADLINE_MS ?? 10_000),
  };
}

export const orchestratorConfig = registerAs('orchestrator', () => loadOrchestratorConfig(process.env));
export type OrchestratorConfig = ReturnType<typeof loadOrchestratorConfig>;
