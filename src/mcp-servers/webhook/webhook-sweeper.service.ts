import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { webhooksConfig, type WebhooksConfig } from 'src/config';
import { ClusterScheduler } from 'src/platform/scheduling/cluster-scheduler.service';
import { WebhookInboxService } from './webhook-inbox.service';

/** Every few seconds on worker instances, once per cluster: enqueue stored events nobody processed. */
@Injectable()
export class WebhookSweeper implements OnModuleInit {
  private readonly logger = new Logger('WebhookSweeper');

  constructor(
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
    private readonly inbox: WebhookInboxService,
    private readonly scheduler: ClusterScheduler,
  ) {}

  onModuleInit(): void {
    this.scheduler.every({
      name: 'webhook-sweeper',
      intervalMs: this.config.sweepIntervalMs,
      run: async (manager) => {
        const enqueued = await this.inbox.sweep(manager);
        if (enqueued) this.logger.log(`Re-enqueued ${enqueued} unprocessed webhook event(s)`);
      },
    });
  }
}
