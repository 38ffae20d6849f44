import { getMetadataStorage } from 'class-validator';
import { AlertsEnv, alertsConfig, loadAlertsConfig } from './alerts.config';
import { AppEnv, appConfig, loadAppConfig } from './app.config';
import { DatabaseEnv, databaseConfig, loadDatabaseConfig } from './database.config';
import { DataProtectionEnv, dataProtectionConfig, loadDataProtectionConfig } from './data-protection.config';
import { Env } from './env';
import { OpsEnv, loadOpsConfig, opsConfig } from './ops.config';
import { OrchestratorEnv, loadOrchestratorConfig, orchestratorConfig } from './orchestrator.config';
import { RedisEnv, loadRedisConfig, redisConfig } from './redis.config';
import { SecurityEnv, loadSecurityConfig, securityConfig } from './security.config';
import { WebhooksEnv, loadWebhooksConfig, webhooksConfig } from './webhooks.config';
import {
  CalcomEnv,
  RetellEnv,
  StripeEnv,
  calcomConfig,
  loadCalcomConfig,
  loadRetellConfig,
  loadStripeConfig,
  retellConfig,
  stripeConfig,
} from './vendors.config';

export * from './env';
export * from './alerts.config';
export * from './app.config';
export * from './database.config';
export * from './data-protection.config';
export * from './ops.config';
export * from './orchestrator.config';
export * from './redis.config';
export * from './security.config';
export * from './vendors.config';
export * from './webhooks.config';

/** Every namespace, for `ConfigModule.forRoot({ load })`. */
export const configNamespaces = [
  appConfig,
  databaseConfig,
  redisConfig,
  securityConfig,
  calcomConfig,
  retellConfig,
  stripeConfig,
  orchestratorConfig,
  webhooksConfig,
  dataProtectionConfig,
  opsConfig,
  alertsConfig,
];

const LOADERS = [
  loadAppConfig,
  loadDatabaseConfig,
  loadRedisConfig,
  loadSecurityConfig,
  loadCalcomConfig,
  loadRetellConfig,
  loadStripeConfig,
  loadOrchestratorConfig,
  loadWebhooksConfig,
  loadDataProtectionConfig,
  loadOpsConfig,
  loadAlertsConfig,
];
const ENV_SCHEMAS = [
  AppEnv,
  DatabaseEnv,
  RedisEnv,
  SecurityEnv,
  CalcomEnv,
  RetellEnv,
  StripeEnv,
  OrchestratorEnv,
  WebhooksEnv,
  DataProtectionEnv,
  OpsEnv,
  AlertsEnv,
];

/** Validates the whole configuration at once, so a bad value stops the process before anything starts. */
export function validateAllConfig(env: Env = process.env): void {
  for (const load of LOADERS) load(env);
}

/** The names of every environment variable the configuration reads (for docs and deployment checks). */
export function configVariableNames(): string[] {
  const storage = getMetadataStorage();
  const names = new Set<string>();
  for (const schema of ENV_SCHEMAS) {
    for (const meta of storage.getTargetValidationMetadatas(schema, '', true, false)) names.add(meta.propertyName);
  }
  return [...names].sort();
}
