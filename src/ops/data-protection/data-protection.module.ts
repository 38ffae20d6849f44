import { Module } from '@nestjs/common';
import { CustomerDataService } from './customer-data.service';
import { RetentionPurgeService } from './retention-purge.service';

/** Retention purge (nightly, once per cluster) and a caller's export and erase (DESIGN §4). */
@Module({
  providers: [RetentionPurgeService, CustomerDataService],
  exports: [RetentionPurgeService, CustomerDataService],
})
export class DataProtectionModule {}
