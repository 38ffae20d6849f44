import { Module } from '@nestjs/common';
import { BookingModule } from 'src/booking/booking.module';
import { CacheWarmer } from './cache-warmer.service';

/** The cache warmer: scheduled once per cluster, and run on demand from the ops API. */
@Module({ imports: [BookingModule], providers: [CacheWarmer], exports: [CacheWarmer] })
export class WarmerModule {}
