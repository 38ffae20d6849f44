import { registerAs } from '@nestjs/config';
import { IsOptional, IsUrl, MinLength } from 'class-validator';
import { Env, validateEnv } from './env';

const URL_RULE = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };
const URL_MESSAGE = { message: 'must be an http(s) URL' };

export class CalcomEnv {
  @IsOptional() @IsUrl(URL_RULE, URL_MESSAGE) CALCOM_API_URL?: string;
}
export class RetellEnv {
  @IsOptional() @IsUrl(URL_RULE, URL_MESSAGE) RETELL_API_URL?: string;
  @IsOptional() @MinLength(8) RETELL_API_KEY?: string;
}
export class StripeEnv {
  @IsOptional() @IsUrl(URL_RULE, URL_MESSAGE) STRIPE_API_URL?: string;
  @IsOptional() @MinLength(8) STRIPE_SECRET_KEY?: string;
  @IsOptional() @MinLength(8) STRIPE_WEBHOOK_SECRET?: string;
}

const trim = (url: string) => url.replace(/\/+$/, '');

export function loadCalcomConfig(env: Env) {
  const v = validateEnv(CalcomEnv, env, 'calcom');
  return { apiUrl: trim(v.CALCOM_API_URL ?? 'https://api.cal.com') };
}

export function loadRetellConfig(env: Env) {
  const v = validateEnv(RetellEnv, env, 'retell');
  /** The platform workspace key, used when a company has no Retell key of its own. */
  return { apiUrl: trim(v.RETELL_API_URL ?? 'https://api.retellai.com'), apiKey: v.RETELL_API_KEY };
}

export function loadStripeConfig(env: Env) {
  const v = validateEnv(StripeEnv, env, 'stripe');
  return {
    apiUrl: trim(v.STRIPE_API_URL ?? 'https://api.stripe.com'),
    secretKey: v.STRIPE_SECRET_KEY,
    webhookSecret: v.STRIPE_WEBHOOK_SECRET,
  };
}

export const calcomConfig = registerAs('calcom', () => loadCalcomConfig(process.env));
export const retellConfig = registerAs('retell', () => loadRetellConfig(process.env));
export const stripeConfig = registerAs('stripe', () => loadStripeConfig(process.env));
export type CalcomConfig = ReturnType<typeof loadCalcomConfig>;
export type RetellConfig = ReturnType<typeof loadRetellConfig>;
export type StripeConfig = ReturnType<typeof loadStripeConfig>;
