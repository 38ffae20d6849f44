import { Global, Module } from '@nestjs/common';
import { ClusterScheduler } from './cluster-scheduler.service';

@Global()
@Module({ providers: [ClusterScheduler], exports: [ClusterScheduler] })
export class SchedulingModule {}
