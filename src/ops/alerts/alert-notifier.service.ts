import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { alertsConfig, appConfig, type AlertsConfig, type AppConfig } from 'src/config';
import { CryptoService } from 'src/platform/crypto/crypto.service';
import { HttpClientService } from 'src/platform/http/http-client.service';
import { assertPublicUrl } from 'src/platform/http/url-guard';
import type { AlertChannel } from './alert-channel.entity';
import type { Alert } from './alert.entity';
import { COMPANY_RULES, SEVERITY_RANK } from './alert-rules';

export type AlertEvent = 'firing' | 'resolved' | 'test';

export const SIGNATURE_HEADER = 'X-Switchboard-Signature';
const WEBHOOK_TIMEOUT_MS = 5000;

/** `t=<unix>,v1=<hex HMAC-SHA256(secret, t + '.' + body)>`. */
export function signAlertBody(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

export function alertPayload(alert: Alert, event: AlertEvent): Record<string, unknown> {
  return {
    event,
    alert: {
      id: alert.id,
      rule: alert.rule,
      severity: alert.severity,
      status: alert.status,
      companyId: alert.companyId,
      message: alert.message,
      details: alert.details,
      firedAt: alert.firedAt?.toISOString?.() ?? alert.firedAt,
      resolvedAt: alert.resolvedAt?.toISOString?.() ?? alert.resolvedAt ?? null,
    },
  };
}

/**
 * Sends alert notifications: to every enabled channel whose minimum severity the alert reaches (webhook: JSON,
 * HMAC-signed, through the platform HTTP client with the private-address guard; e-mail: SMTP), and for
 * company alerts also to that company's admins by e-mail. A failing channel is logged, never thrown.
 */
@Injectable()
export class AlertNotifier implements OnApplicationShutdown {
  private readonly logger = new Logger('AlertNotifier');
  private transporter: Transporter | null = null;

  constructor(
    @Inject(alertsConfig.KEY) private readonly config: AlertsConfig,
    @Inject(appConfig.KEY) private readonly app: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly http: HttpClientService,
    private readonly crypto: CryptoService,
  ) {}

  async notify(alert: Alert, event: 'firing' | 'resolved', db: DataSource | EntityManager = this.dataSource) {
    const channels: AlertChannel[] = await db.query(
      `SELECT id, name, type, target, secret_ciphertext AS "secretCiphertext", enabled, min_severity AS "minSeverity"
         FROM alert_channels WHERE enabled`,
    );
    const sends = channels
      .filter((c) => SEVERITY_RANK[alert.severity] >= SEVERITY_RANK[c.minSeverity])
      .map((c) => this.send(c, alert, event).catch((err: Error) => this.failed(c, err)));
    if (COMPANY_RULES.has(alert.rule) && alert.companyId) {
      const admins: { email: string }[] = await db.query(
        `SELECT email FROM users WHERE role = 'company_admin' AND company_id = $1 AND is_active`,
        [alert.companyId],
      );
      for (const { email } of admins) {
        sends.push(
          this.sendEmail(email, alert, event).catch((err: Error) =>
            this.logger.warn(`Alert e-mail to a company admin failed: ${err.message}`),
          ),
        );
      }
    }
    await Promise.all(sends);
  }

  /** One channel, now; throws what went wrong (for the channel test endpoint). */
  async send(channel: AlertChannel, alert: Alert, event: AlertEvent): Promise<void> {
    if (channel.type === 'webhook') await this.sendWebhook(channel, alert, event);
    else await this.sendEmail(channel.target, alert, event);
  }

  private async sendWebhook(channel: AlertChannel, alert: Alert, event: AlertEvent): Promise<void> {
    await assertPublicUrl(channel.target, 'target', this.app.outboundAllowPrivate);
    const body = JSON.stringify(alertPayload(alert, event));
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (channel.secretCiphertext) {
      const secret = this.crypto.decrypt(channel.secretCiphertext);
      headers[SIGNATURE_HEADER] = signAlertBody(secret, body, Math.floor(Date.now() / 1000));
    }
    const res = await this.http.request({
      method: 'POST',
      url: channel.target,
      headers,
      body,
      publicOnly: true,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      maxResponseBytes: 64 * 1024,
    });
    if (res.status < 200 || res.status >= 300) throw new Error(`the webhook answered ${res.status}`);
  }

  private async sendEmail(to: string, alert: Alert, event: AlertEvent): Promise<void> {
    const transporter = this.mailer();
    if (!transporter) throw new Error('no SMTP server is configured (SMTP_URL or SMTP_HOST)');
    const state = event === 'resolved' ? 'RESOLVED' : event === 'test' ? 'TEST' : alert.severity.toUpperCase();
    await transporter.sendMail({
      from: this.config.emailFrom,
      to,
      subject: `[Switchboard ${state}] ${alert.rule}: ${alert.message}`.slice(0, 200),
      text: [
        alert.message,
        '',
        `Rule: ${alert.rule}`,
        `Severity: ${alert.severity}`,
        `Status: ${event === 'resolved' ? 'resolved' : event}`,
        alert.companyId ? `Company: ${alert.companyId}` : null,
        `Fired at: ${new Date(alert.firedAt).toISOString()}`,
        alert.resolvedAt ? `Resolved at: ${new Date(alert.resolvedAt).toISOString()}` : null,
        '',
        `Details: ${JSON.stringify(alert.details)}`,
      ]
        .filter((line) => line !== null)
        .join('\n'),
    });
  }

  private mailer(): Transporter | null {
    const smtp = this.config.smtp;
    if (!smtp) return null;
    this.transporter ??= smtp.url
      ? nodemailer.createTransport(smtp.url)
      : nodemailer.createTransport({
          host: smtp.host ?? undefined,
          port: smtp.port,
          secure: smtp.port === 465,
          auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
        });
    return this.transporter;
  }

  private failed(channel: AlertChannel, err: Error): void {
    this.logger.warn(`Alert notification to channel ${channel.name} (${channel.type}) failed: ${err.message}`);
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
