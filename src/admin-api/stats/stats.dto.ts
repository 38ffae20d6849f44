import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import {
  STATS_METRICS,
  STATS_WINDOWS,
  type StatsMetric,
  type StatsWindow,
} from 'src/orchestrator/stats/tool-stats-query.service';

const SERVER = /^[a-z][a-z0-9_-]{0,63}$/;
const TOOL = /^[a-zA-Z0-9_-]{1,64}$/;

export class StatsWindowQueryDto {
  @ApiPropertyOptional({ enum: STATS_WINDOWS, default: '1h' })
  @IsOptional()
  @IsIn(STATS_WINDOWS, { message: `window must be one of ${STATS_WINDOWS.join(', ')}` })
  window: StatsWindow = '1h';
}

export class TimeseriesQueryDto extends StatsWindowQueryDto {
  @ApiProperty({ enum: STATS_METRICS })
  @IsIn(STATS_METRICS, { message: `metric must be one of ${STATS_METRICS.join(', ')}` })
  metric: StatsMetric;

  @ApiPropertyOptional({ example: 'calcom' })
  @IsOptional()
  @Matches(SERVER, { message: 'server must be a server name' })
  server?: string;

  @ApiPropertyOptional({ example: 'check_availability' })
  @IsOptional()
  @Matches(TOOL, { message: 'tool must be a tool name' })
  tool?: string;
}

export class ToolFiguresDto {
  @ApiProperty({ description: 'All calls, whatever their outcome' }) calls: number;
  @ApiProperty() ok: number;
  @ApiProperty() cacheHits: number;
  @ApiProperty({ description: 'Outcomes error, timeout and circuit_open' }) errors: number;
  @ApiProperty({ description: 'Refused for invalid input (not an error)' }) invalidInput: number;
  @ApiProperty({ description: 'Refused by our own limits (not an error)' }) rejected: number;
  @ApiProperty({ description: 'errors / calls, 0 without calls' }) errorRate: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'cacheHits / calls; null for tools without a cache',
  })
  cacheHitRatio: number | null;

  @ApiProperty({ type: Number, nullable: true }) avgLatencyMs: number | null;
  @ApiProperty({ type: Number, nullable: true }) maxLatencyMs: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Estimated from the latency histogram: the upper bound of the bucket, capped at the maximum',
  })
  p50Ms: number | null;

  @ApiProperty({ type: Number, nullable: true }) p95Ms: number | null;
  @ApiProperty({ type: Number, nullable: true }) p99Ms: number | null;
}

export class ToolStatsDto extends ToolFiguresDto {
  @ApiProperty({ example: 'calcom' }) server: string;
  @ApiProperty({ example: 'check_availability' }) tool: string;
}

export class CircuitStateDto {
  @ApiProperty() server: string;
  @ApiProperty({ description: 'Company id, or "system" for platform-wide calls' }) companyId: string;
  @ApiProperty({ enum: ['closed', 'half_open', 'open'] }) state: string;
  @ApiProperty() since: string;
}

export class QueueStatsDto {
  @ApiProperty() name: string;
  @ApiProperty() waiting: number;
  @ApiProperty() active: number;
  @ApiProperty() delayed: number;
  @ApiProperty() failed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Seconds the oldest waiting job has waited' })
  oldestWaitingAgeSeconds: number | null;
}

export class CompanyStatsDto {
  @ApiProperty({ enum: STATS_WINDOWS }) window: string;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: ToolFiguresDto }) totals: ToolFiguresDto;
  @ApiProperty({ type: [ToolStatsDto] }) tools: ToolStatsDto[];
  @ApiProperty({ type: [CircuitStateDto], description: 'Breaker states per server × company' })
  circuits: CircuitStateDto[];
}

export class DbPoolDto {
  @ApiProperty({ description: 'Configured maximum connections (DATABASE_POOL_SIZE)' }) max: number;
  @ApiProperty({ description: 'Open connections (in use + idle)' }) total: number;
  @ApiProperty() inUse: number;
  @ApiProperty() idle: number;
  @ApiProperty({ description: 'Queries queued for a free connection' }) waiting: number;
}

export class DatabaseStatusDto {
  @ApiProperty({ description: 'PGlite in-process (no pool)' }) embedded: boolean;
  @ApiProperty({ type: DbPoolDto, nullable: true }) pool: DbPoolDto | null;
  @ApiProperty({ type: String, nullable: true, description: "The query advisor's hint when clients wait" })
  hint: string | null;
}

export class OpsOverviewDto extends CompanyStatsDto {
  @ApiProperty({ type: [QueueStatsDto] }) queues: QueueStatsDto[];
  @ApiProperty({ type: DatabaseStatusDto }) database: DatabaseStatusDto;
}

export class TimeseriesPointDto {
  @ApiProperty({ format: 'date-time', description: 'Start of the step' }) t: string;
  @ApiProperty() value: number;
}

export class TimeseriesDto {
  @ApiProperty({ enum: STATS_METRICS }) metric: string;
  @ApiProperty({ enum: STATS_WINDOWS }) window: string;
  @ApiProperty({ description: 'Seconds per point: 60 (1h), 300 (24h) or 3600 (7d)' }) step: number;
  @ApiProperty({ type: [TimeseriesPointDto] }) points: TimeseriesPointDto[];
}
