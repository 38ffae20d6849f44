import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { Repository } from 'typeorm';
import { appConfig, type AppConfig } from 'src/config';
import { AppError } from 'src/platform/errors/app-error';
import { CryptoService } from 'src/platform/crypto/crypto.service';
import { assertPublicUrl } from 'src/platform/http/url-guard';
import { AlertChannel, type AlertChannelType } from './alert-channel.entity';
import { Alert, type AlertSeverity, type AlertStatus } from './alert.entity';
import { AlertNotifier } from './alert-notifier.service';

export interface AlertFilter {
  status?: AlertStatus;
  rule?: string;
  companyId?: string;
  skip: number;
  take: number;
}

export interface ChannelInput {
  name?: string;
  type?: AlertChannelType;
  target?: string;
  secret?: string;
  enabled?: boolean;
  minSeverity?: AlertSeverity;
}

/** Reading and acknowledging alerts, and the notification channels (operators only). */
@Injectable()
export class AlertsService {
  constructor(
    @InjectRepository(Alert) private readonly alerts: Repository<Alert>,
    @InjectRepository(AlertChannel) private readonly channels: Repository<AlertChannel>,
    @Inject(appConfig.KEY) private readonly app: AppConfig,
    private readonly crypto: CryptoService,
    private readonly notifier: AlertNotifier,
  ) {}

  /** Firing first, newest first. */
  async list(filter: AlertFilter): Promise<{ items: Alert[]; total: number }> {
    const where = {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.rule ? { rule: filter.rule } : {}),
      ...(filter.companyId ? { companyId: filter.companyId } : {}),
    };
    const [items, total] = await this.alerts.findAndCount({
      where,
      order: { status: 'ASC', firedAt: 'DESC', id: 'ASC' },
      skip: filter.skip,
      take: filter.take,
    });
    return { items, total };
  }

  /** Sets acknowledgedAt/By once; acknowledging again changes nothing. Returns the alert and whether it changed. */
  async acknowledge(id: string, userId: string | null): Promise<{ alert: Alert; changed: boolean }> {
    const alert = await this.alerts.findOneBy({ id });
    if (!alert) throw AppError.notFound('Alert');
    if (alert.acknowledgedAt) return { alert, changed: false };
    await this.alerts.update({ id }, { acknowledgedAt: new Date(), acknowledgedBy: userId });
    return { alert: await this.alerts.findOneByOrFail({ id }), changed: true };
  }

  listChannels(): Promise<AlertChannel[]> {
    return this.channels.find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async getChannel(id: string): Promise<AlertChannel> {
    const channel = await this.channels.findOneBy({ id });
    if (!channel) throw AppError.notFound('Alert channel');
    return channel;
  }

  async createChannel(input: Required<Pick<ChannelInput, 'name' | 'type' | 'target'>> & ChannelInput) {
    await this.checkTarget(input.type, input.target, input.secret);
    return this.channels.save(
      this.channels.create({
        name: input.name,
        type: input.type,
        target: input.target,
        secretCiphertext: input.type === 'webhook' && input.secret ? this.crypto.encrypt(input.secret) : null,
        enabled: input.enabled ?? true,
        minSeverity: input.minSeverity ?? 'warning',
      }),
    );
  }

  async updateChannel(id: string, input: ChannelInput): Promise<{ before: AlertChannel; after: AlertChannel }> {
    const before = await this.getChannel(id);
    const type = input.type ?? before.type;
    const target = input.target ?? before.target;
    const keepsSecret = type === 'webhook' && before.type === 'webhook' && !!before.secretCiphertext;
    if (input.type !== undefined || input.target !== undefined || input.secret !== undefined) {
      await this.checkTarget(type, target, input.secret, keepsSecret);
    }
    let secretCiphertext = before.secretCiphertext;
    if (type !== 'webhook') secretCiphertext = null;
    else if (input.secret) secretCiphertext = this.crypto.encrypt(input.secret);
    await this.channels.update(
      { id },
      {
        name: input.name ?? before.name,
        type,
        target,
        secretCiphertext,
        enabled: input.enabled ?? before.enabled,
        minSeverity: input.minSeverity ?? before.minSeverity,
      },
    );
    return { before, after: await this.getChannel(id) };
  }

  async deleteChannel(id: string): Promise<AlertChannel> {
    const channel = await this.getChannel(id);
    await this.channels.delete({ id });
    return channel;
  }

  /** Sends a test notification to one channel (enabled or not) and reports the outcome. */
  async testChannel(id: string): Promise<{ ok: boolean; error: string | null }> {
    const channel = await this.getChannel(id);
    const now = new Date();
    const alert = Object.assign(new Alert(), {
      id: '00000000-0000-0000-0000-000000000000',
      rule: 'test',
      severity: 'info',
      companyId: null,
      status: 'firing',
      message: 'Test notification from Switchboard',
      details: {},
      firedAt: now,
      resolvedAt: null,
      acknowledgedAt: null,
      acknowledgedBy: null,
      notifiedAt: now,
    } satisfies Alert);
    try {
      await this.notifier.send(channel, alert, 'test');
      return { ok: true, error: null };
    } catch (err) {
      return { ok: false, error: err instanceof AppError ? err.message : (err as Error).message };
    }
  }

  private async checkTarget(type: AlertChannelType, target: string, secret?: string, keepsSecret = false) {
    if (type === 'email') {
      if (!isEmail(target)) throw AppError.invalid('target', 'isEmail', 'target must be an e-mail address');
      if (secret !== undefined) throw AppError.invalid('secret', 'webhookOnly', 'secret is for webhook channels only');
      return;
    }
    await assertPublicUrl(target, 'target', this.app.outboundAllowPrivate);
    if (!secret && !keepsSecret) {
      throw AppError.invalid('secret', 'isNotEmpty', 'secret is required for a webhook channel');
    }
  }
}
