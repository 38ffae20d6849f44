import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { Appointment } from 'src/booking/appointment.entity';
import { Call } from 'src/calls/call.entity';
import { ToolCall } from 'src/orchestrator/tool-call.entity';
import { AppError } from 'src/platform/errors/app-error';
import { page, Page } from 'src/platform/paging/pagination.dto';
import { joinBranchAndCustomer } from '../common/refs';
import { CallListQueryDto } from './call.dto';

/** The list's columns: the transcript and the raw payloads stay out (large, and the list does not show them). */
const SUMMARY_COLUMNS = [
  'id',
  'retellCallId',
  'direction',
  'fromNumber',
  'toNumber',
  'status',
  'startedAt',
  'endedAt',
  'durationSeconds',
  'disconnectionReason',
  'costCents',
  'sentiment',
  'successful',
  'summary',
].map((column) => `c.${column}`);

const HAS_APPOINTMENT = 'EXISTS (SELECT 1 FROM appointments a WHERE a.call_id = c.id AND a.company_id = c.company_id)';

/**
 * The most matching calls a text search counts; past it the total says "at least TOTAL_CAP" (`totalCapped`).
 * Counting every match of a common word means visiting thousands of rows (bench/calls-query.ts: 8,000 matches
 * cost 50+ ms on a busy 2-core machine), which no index shortcuts.
 */
export const TOTAL_CAP = 1_000;

/**
 * `q` as a full-text condition on `transcript_search` ('simple': lower-cased words, no stemming): every word
 * must occur. plainto_tsquery takes the user's text as a bind parameter and reads only words from it (no
 * tsquery syntax). No prefix matching: a prefix tsquery (`:*`) is costed so high that PostgreSQL would rather
 * read every transcript than the GIN index (measured: 0.5 s instead of a few ms).
 */
const TRANSCRIPT_WORDS = `c.transcript_search @@ plainto_tsquery('simple', :q)`;

export interface CallSummaryRow {
  call: Call;
  hasAppointment: boolean;
}

export interface CallPage extends Page<CallSummaryRow> {
  /** `total` stopped at TOTAL_CAP: there are at least that many. */
  totalCapped: boolean;
}

export interface CallDetail {
  call: Call;
  toolCalls: ToolCall[];
  appointments: Appointment[];
}

/** The read side of a company's calls, for the portal and the dashboard. */
@Injectable()
export class CallsService {
  constructor(
    @InjectRepository(Call) private readonly calls: Repository<Call>,
    @InjectRepository(ToolCall) private readonly toolCalls: Repository<ToolCall>,
    @InjectRepository(Appointment) private readonly appointments: Repository<Appointment>,
  ) {}

  /**
   * Newest first (calls not yet started last). Served by ix_calls_company_recent (order and from/to; the branch
   * and status filters ride along it), `hasAppointment` by a semi-join on ix_appointments_company_call, `q` by
   * the GIN index on `transcript_search` or, for a common word, by the order index with the word as a filter.
   */
  async list(companyId: string, query: CallListQueryDto): Promise<CallPage> {
    const items = joinBranchAndCustomer(this.filtered(companyId, query).select(SUMMARY_COLUMNS), 'c')
      .orderBy('c.startedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .offset(query.skip)
      .limit(query.pageSize)
      .getMany();
    const [rows, total] = await Promise.all([items, this.count(companyId, query)]);
    const booked = await this.withAppointments(
      companyId,
      rows.map((c) => c.id),
    );
    return {
      ...page(
        rows.map((call) => ({ call, hasAppointment: booked.has(call.id) })),
        total.total,
        query,
      ),
      totalCapped: total.capped,
    };
  }

  /**
   * The page's total. Exact without `q` (index-only counts); with `q` it stops at TOTAL_CAP matches (a LIMITed
   * subquery), since counting a word's matches reads every matching row.
   */
  private async count(companyId: string, query: CallListQueryDto): Promise<{ total: number; capped: boolean }> {
    // COUNT(*) rather than getCount()'s COUNT(DISTINCT id): no joins here, so no duplicates to fold.
    if (!query.q) {
      const row = await this.filtered(companyId, query).select('COUNT(*)::int', 'total').getRawOne<{ total: number }>();
      return { total: row?.total ?? 0, capped: false };
    }
    const [sql, parameters] = this.filtered(companyId, query)
      .select('1')
      .limit(TOTAL_CAP + 1)
      .getQueryAndParameters();
    const [row] = await this.calls.query<{ total: number }[]>(
      `SELECT COUNT(*)::int AS total FROM (${sql}) matching`,
      parameters,
    );
    const total = row?.total ?? 0;
    return total > TOTAL_CAP ? { total: TOTAL_CAP, capped: true } : { total, capped: false };
  }

  /** The call with its tool calls (oldest first) and appointments; another company's call is 404. */
  async get(companyId: string, id: string): Promise<CallDetail> {
    const call = await joinBranchAndCustomer(this.calls.createQueryBuilder('c'), 'c')
      .where('c.id = :id AND c.companyId = :companyId', { id, companyId })
      .getOne();
    if (!call) throw AppError.notFound('Call');
    const [toolCalls, appointments] = await Promise.all([
      this.toolCalls.find({
        where: { companyId, retellCallId: call.retellCallId },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      this.appointments.find({ where: { companyId, callId: call.id }, order: { startsAt: 'ASC', id: 'ASC' } }),
    ]);
    return { call, toolCalls, appointments };
  }

  private filtered(companyId: string, query: CallListQueryDto): SelectQueryBuilder<Call> {
    const qb = this.calls.createQueryBuilder('c').where('c.companyId = :companyId', { companyId });
    if (query.from) qb.andWhere('c.startedAt >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('c.startedAt < :to', { to: new Date(query.to) });
    if (query.branchId) qb.andWhere('c.branchId = :branchId', { branchId: query.branchId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.hasAppointment) qb.andWhere(query.hasAppointment === 'true' ? HAS_APPOINTMENT : `NOT ${HAS_APPOINTMENT}`);
    if (query.q) qb.andWhere(TRANSCRIPT_WORDS, { q: query.q });
    return qb;
  }

  /** Which of these calls led to an appointment: one query for the whole page. */
  private async withAppointments(companyId: string, callIds: string[]): Promise<Set<string>> {
    if (callIds.length === 0) return new Set();
    const rows = await this.appointments
      .createQueryBuilder('a')
      .select('DISTINCT a.callId', 'callId')
      .where('a.companyId = :companyId AND a.callId IN (:...callIds)', { companyId, callIds })
      .getRawMany<{ callId: string }>();
    return new Set(rows.map((r) => r.callId));
  }
}
