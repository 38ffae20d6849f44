import { Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { registerPoolGauge, unregisterPoolGauge } from './db-pool';
import { QueryAdvisorReport } from './query-advisor-report.entity';
import { QueryAdvisor } from './query-advisor.service';

/** The query advisor and the connection pool's gauges. */
@Module({
  imports: [TypeOrmModule.forFeature([QueryAdvisorReport])],
  providers: [QueryAdvisor],
  exports: [QueryAdvisor],
})
export class QueryAdvisorModule implements OnModuleInit, OnApplicationShutdown {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    registerPoolGauge(this.dataSource);
  }

  onApplicationShutdown(): void {
    unregisterPoolGauge(this.dataSource);
  }
}
