import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertChannel } from './alert-channel.entity';
import { Alert } from './alert.entity';
import { AlertEvaluator } from './alert-evaluator.service';
import { AlertNotifier } from './alert-notifier.service';
import { AlertsService } from './alerts.service';

/** Alert rules evaluated once per cluster, their notifications, and the alerts and channels behind the API. */
@Module({
  imports: [TypeOrmModule.forFeature([Alert, AlertChannel])],
  providers: [AlertEvaluator, AlertNotifier, AlertsService],
  exports: [AlertEvaluator, AlertsService],
})
export class AlertsModule {}
