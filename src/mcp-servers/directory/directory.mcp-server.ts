import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { McpServer, McpServerHealth, Tool } from 'src/orchestrator/tool.decorator';
import type { ToolContext } from 'src/orchestrator/tool.types';
import { AppError } from 'src/platform/errors/app-error';
import { DIRECTORY_TAG, directoryAgentTag, directoryNumberTag, normaliseNumber } from './directory-cache';
import {
  CallStatsInput,
  FindCustomerInput,
  ListAppointmentsInput,
  MainNumberInput,
  ResolveAgentInput,
  ResolvePhoneNumberInput,
  UpsertCustomerInput,
} from './dto/directory.dto';
import type { BusinessHours, SpecialDay } from './entities/branch.entity';
import type { CompanySettings } from './entities/company.entity';
import { Service } from './entities/service.entity';
import { Staff } from './entities/staff.entity';

export interface ResolvedNumber {
  company: {
    id: string;
    name: string;
    timezone: string;
    locale: 'de' | 'en';
    country: string;
    settings: CompanySettings;
  };
  branch: {
    id: string;
    name: string;
    timezone: string;
    businessHours: BusinessHours;
    specialDays: SpecialDay[];
    calcomEventTypeId: number | null;
    retellAgentId: string | null;
  };
  phoneNumber: { id: string; number: string; retellAgentId: string | null };
  services: {
    id: string;
    name: string;
    durationMinutes: number;
    priceCents: number | null;
    calcomEventTypeId: number | null;
    keywords: string[];
  }[];
  staff: { id: string; name: string; calcomUsername: string | null; calcomEventTypeId: number | null }[];
}

export interface ResolvedAgent {
  companyId: string;
  /** The branch the agent answers for (set on the branch, or on one of its numbers); null when none. */
  branchId: string | null;
}

export interface CustomerView {
  id: string;
  phone: string;
  name: string | null;
  email: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AppointmentView {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
  branch: { id: string; name: string } | null;
  service: { id: string; name: string } | null;
  staff: { id: string; name: string } | null;
  customer: { id: string; name: string | null; phone: string } | null;
  calcomBookingUid: string | null;
}

export interface CallStats {
  from: string;
  to: string;
  total: number;
  ended: number;
  failed: number;
  totalDurationSeconds: number;
  averageDurationSeconds: number;
  booked: number;
  /** Share of calls (0…1) that led to a booking that is not cancelled. */
  bookedShare: number;
}

const MAX_APPOINTMENTS = 100;
const DEFAULT_STATS_DAYS = 30;

/**
 * The company directory in PostgreSQL: tenant resolution and the caller's own records. Never a SQL gateway:
 * fixed, parameterised queries, each filtered by the context's company (predecessor §3, DatabaseMCPServer).
 */
@Injectable()
// Tenant resolution runs on every webhook and call: a roomy bulkhead, the database pool is the real limit.
@McpServer('directory', { bulkhead: { limit: 100, queue: 1000 } })
export class DirectoryMcpServer implements McpServerHealth {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Tenant resolution (called number → phone number → branch → company). It is `tenant-read` on purpose: the
   * system principal calls it without a company (the only way to learn the tenant); every other caller has a
   * company (company admins their own, ops/super admins must name one) and then only that company's numbers
   * resolve — another company's number is NOT_FOUND, indistinguishable from an unknown one.
   */
  @Tool({
    name: 'resolve_phone_number',
    description:
      'Resolves a called number (any format) to its company, branch, time zone, business hours, services and staff.',
    input: ResolvePhoneNumberInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 3000,
    cacheTtlSeconds: 300,
    cacheTags: (p: ResolvePhoneNumberInput) => [
      DIRECTORY_TAG,
      directoryNumberTag(normaliseNumber(p.number, p.companyCountry) ?? p.number),
    ],
  })
  async resolvePhoneNumber(input: ResolvePhoneNumberInput, context: ToolContext): Promise<ResolvedNumber> {
    const number = normaliseNumber(input.number, input.companyCountry);
    if (!number) throw AppError.invalid('number', 'isPhoneNumber', 'number is not a valid phone number');
    const params: unknown[] = [number];
    let tenantFilter = '';
    if (context.companyId !== null) {
      params.push(context.companyId);
      tenantFilter = 'AND p.company_id = $2';
    }
    const rows: ResolvedRow[] = await this.dataSource.query(
      `SELECT p.id AS phone_id, p.number, p.retell_agent_id AS phone_agent_id,
              b.id AS branch_id, b.name AS branch_name, b.timezone AS branch_timezone, b.business_hours,
              b.special_days, b.calcom_event_type_id, b.retell_agent_id AS branch_agent_id,
              c.id AS company_id, c.name AS company_name, c.timezone AS company_timezone, c.locale, c.country,
              c.settings
         FROM phone_numbers p
         JOIN branches b ON b.id = p.branch_id AND b.company_id = p.company_id
                        AND b.deleted_at IS NULL AND b.is_active
         JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL
        WHERE p.number = $1 AND p.deleted_at IS NULL AND p.is_active ${tenantFilter}`,
      params,
    );
    const row = rows[0];
    if (!row) throw AppError.notFound('Phone number');
    const scope = { companyId: row.company_id };
    const [services, staff] = await Promise.all([
      this.dataSource.getRepository(Service).find({
        where: [
          { ...scope, branchId: row.branch_id, isActive: true },
          { ...scope, branchId: IsNull(), isActive: true },
        ],
        order: { name: 'ASC', id: 'ASC' },
      }),
      this.dataSource.getRepository(Staff).find({
        where: [
          { ...scope, branchId: row.branch_id, isBookable: true },
          { ...scope, branchId: IsNull(), isBookable: true },
        ],
        order: { name: 'ASC', id: 'ASC' },
      }),
    ]);
    return {
      company: {
        id: row.company_id,
        name: row.company_name,
        timezone: row.company_timezone,
        locale: row.locale,
        country: row.country,
        settings: row.settings,
      },
      branch: {
        id: row.branch_id,
        name: row.branch_name,
        timezone: row.branch_timezone,
        businessHours: row.business_hours,
        specialDays: row.special_days,
        calcomEventTypeId: row.calcom_event_type_id,
        retellAgentId: row.branch_agent_id,
      },
      phoneNumber: { id: row.phone_id, number: row.number, retellAgentId: row.phone_agent_id },
      services: services.map((s) => ({
        id: s.id,
        name: s.name,
        durationMinutes: s.durationMinutes,
        priceCents: s.priceCents,
        calcomEventTypeId: s.calcomEventTypeId,
        keywords: s.keywords,
      })),
      staff: staff.map((s) => ({
        id: s.id,
        name: s.name,
        calcomUsername: s.calcomUsername,
        calcomEventTypeId: s.calcomEventTypeId,
      })),
    };
  }

  /**
   * Tenant of a call that has no company number (web calls, or a number not registered): the company whose
   * branch or number uses the agent. An agent belongs to one company (the admin API refuses a second claim).
   */
  @Tool({
    name: 'resolve_agent',
    description: 'Resolves a Retell agent id to the company and branch it answers for.',
    input: ResolveAgentInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 3000,
    cacheTtlSeconds: 60,
    cacheTags: (p: ResolveAgentInput) => [DIRECTORY_TAG, directoryAgentTag(p.agentId)],
  })
  async resolveAgent(input: ResolveAgentInput, context: ToolContext): Promise<ResolvedAgent> {
    const params: unknown[] = [input.agentId];
    const tenant = context.companyId === null ? '' : `AND c.id = $${params.push(context.companyId)}`;
    const rows: { company_id: string; branch_id: string | null }[] = await this.dataSource.query(
      `SELECT c.id AS company_id, b.id AS branch_id, 0 AS rank
         FROM branches b JOIN companies c ON c.id = b.company_id AND c.deleted_at IS NULL
        WHERE b.retell_agent_id = $1 AND b.deleted_at IS NULL ${tenant}
       UNION ALL
       SELECT c.id, p.branch_id, 1
         FROM phone_numbers p JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL
        WHERE p.retell_agent_id = $1 AND p.deleted_at IS NULL ${tenant}
       ORDER BY rank LIMIT 1`,
      params,
    );
    if (!rows[0]) throw AppError.notFound('Retell agent');
    return { companyId: rows[0].company_id, branchId: rows[0].branch_id };
  }

  /** For callers without a dialled number (MCP clients): the company's first active number on an active branch. */
  @Tool({
    name: 'main_number',
    description: "The company's main phone number (its oldest active one), to resolve its default branch.",
    input: MainNumberInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 3000,
    cacheTtlSeconds: 60,
    cacheTags: () => [DIRECTORY_TAG],
  })
  async mainNumber(_input: MainNumberInput, context: ToolContext): Promise<{ number: string }> {
    const companyId = requireCompany(context);
    const [row]: { number: string }[] = await this.dataSource.query(
      `SELECT p.number FROM phone_numbers p
         JOIN branches b ON b.id = p.branch_id AND b.deleted_at IS NULL AND b.is_active
        WHERE p.company_id = $1 AND p.deleted_at IS NULL AND p.is_active
        ORDER BY p.created_at, p.id LIMIT 1`,
      [companyId],
    );
    if (!row) throw AppError.notFound('Phone number');
    return { number: row.number };
  }

  @Tool({
    name: 'find_customer',
    description: "Finds the company's customer by phone number (any format).",
    input: FindCustomerInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 3000,
  })
  async findCustomer(input: FindCustomerInput, context: ToolContext): Promise<{ customer: CustomerView | null }> {
    const companyId = requireCompany(context);
    const phone = await this.customerPhone(companyId, input.phone);
    const rows: CustomerRow[] = await this.dataSource.query(
      `SELECT id, phone, name, email, created_at, updated_at FROM customers WHERE company_id = $1 AND phone = $2`,
      [companyId, phone],
    );
    return { customer: rows[0] ? customerView(rows[0]) : null };
  }

  /** One row per (company, phone) even under concurrent calls: a single INSERT … ON CONFLICT. */
  @Tool({
    name: 'upsert_customer',
    description: "Creates the company's customer for a phone number, or updates the name and e-mail given.",
    input: UpsertCustomerInput,
    access: 'tenant-write',
    idempotent: true,
    timeoutMs: 3000,
  })
  async upsertCustomer(
    input: UpsertCustomerInput,
    context: ToolContext,
  ): Promise<{ customer: CustomerView; created: boolean }> {
    const companyId = requireCompany(context);
    const phone = await this.customerPhone(companyId, input.phone);
    const rows: (CustomerRow & { created: boolean })[] = await this.dataSource.query(
      `INSERT INTO customers (company_id, phone, name, email) VALUES ($1, $2, $3, $4)
       ON CONFLICT (company_id, phone) DO UPDATE
         SET name = COALESCE(EXCLUDED.name, customers.name),
             email = COALESCE(EXCLUDED.email, customers.email),
             updated_at = now()
       RETURNING id, phone, name, email, created_at, updated_at, (xmax = 0) AS created`,
      [companyId, phone, input.name ?? null, input.email?.toLowerCase() ?? null],
    );
    return { customer: customerView(rows[0]), created: rows[0].created };
  }

  @Tool({
    name: 'list_appointments',
    description: "The company's appointments, optionally of one caller and within a time range (at most 100).",
    input: ListAppointmentsInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 3000,
  })
  async listAppointments(input: ListAppointmentsInput, context: ToolContext): Promise<{ items: AppointmentView[] }> {
    const companyId = requireCompany(context);
    const params: unknown[] = [companyId];
    const where = ['a.company_id = $1'];
    if (input.phone) {
      params.push(await this.customerPhone(companyId, input.phone));
      where.push(`cu.phone = $${params.length}`);
    }
    if (input.from) {
      params.push(new Date(input.from));
      where.push(`a.starts_at >= $${params.length}`);
    }
    if (input.to) {
      params.push(new Date(input.to));
      where.push(`a.starts_at <= $${params.length}`);
    }
    const rows: AppointmentRow[] = await this.dataSource.query(
      `SELECT a.id, a.starts_at, a.ends_at, a.status, a.calcom_booking_uid,
              b.id AS branch_id, b.name AS branch_name, s.id AS service_id, s.name AS service_name,
              st.id AS staff_id, st.name AS staff_name, cu.id AS customer_id, cu.name AS customer_name,
              cu.phone AS customer_phone
         FROM appointments a
         LEFT JOIN branches b ON b.id = a.branch_id AND b.company_id = a.company_id
         LEFT JOIN services s ON s.id = a.service_id AND s.company_id = a.company_id
         LEFT JOIN staff st ON st.id = a.staff_id AND st.company_id = a.company_id
         ${input.phone ? '' : 'LEFT'} JOIN customers cu ON cu.id = a.customer_id AND cu.company_id = a.company_id
        WHERE ${where.join(' AND ')}
        ORDER BY a.starts_at ASC, a.id ASC
        LIMIT ${MAX_APPOINTMENTS}`,
      params,
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        startsAt: iso(r.starts_at),
        endsAt: iso(r.ends_at),
        status: r.status,
        calcomBookingUid: r.calcom_booking_uid,
        branch: r.branch_id ? { id: r.branch_id, name: r.branch_name! } : null,
        service: r.service_id ? { id: r.service_id, name: r.service_name! } : null,
        staff: r.staff_id ? { id: r.staff_id, name: r.staff_name! } : null,
        customer: r.customer_id ? { id: r.customer_id, name: r.customer_name, phone: r.customer_phone! } : null,
      })),
    };
  }

  /** Calls started in [from, to] (default: the last 30 days); booked = has an appointment that is not cancelled. */
  @Tool({
    name: 'call_stats',
    description: "The company's call counts, durations and the share of calls that booked an appointment.",
    input: CallStatsInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 5000,
  })
  async callStats(input: CallStatsInput, context: ToolContext): Promise<CallStats> {
    const companyId = requireCompany(context);
    const to = input.to ? new Date(input.to) : new Date();
    const from = input.from ? new Date(input.from) : new Date(to.getTime() - DEFAULT_STATS_DAYS * 86_400_000);
    if (from > to) throw AppError.invalid('from', 'isBefore', 'from must not be after to');
    const [row]: StatsRow[] = await this.dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE c.status = 'ended')::int AS ended,
              count(*) FILTER (WHERE c.status = 'error')::int AS failed,
              coalesce(sum(c.duration_seconds), 0)::bigint AS total_duration,
              coalesce(avg(c.duration_seconds), 0)::float AS avg_duration,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM appointments a
                 WHERE a.call_id = c.id AND a.company_id = c.company_id AND a.status <> 'cancelled'))::int AS booked
         FROM calls c
        WHERE c.company_id = $1 AND coalesce(c.started_at, c.created_at) BETWEEN $2 AND $3`,
      [companyId, from, to],
    );
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      total: row.total,
      ended: row.ended,
      failed: row.failed,
      totalDurationSeconds: Number(row.total_duration),
      averageDurationSeconds: Math.round(row.avg_duration * 10) / 10,
      booked: row.booked,
      bookedShare: row.total ? Math.round((row.booked / row.total) * 1000) / 1000 : 0,
    };
  }

  async healthCheck(): Promise<{ ok: boolean; detail?: string }> {
    await this.dataSource.query('SELECT 1');
    return { ok: true };
  }

  /** The caller's number in E.164, read in the company's country. */
  private async customerPhone(companyId: string, phone: string): Promise<string> {
    const [company]: { country: string }[] = await this.dataSource.query(
      'SELECT country FROM companies WHERE id = $1 AND deleted_at IS NULL',
      [companyId],
    );
    if (!company) throw AppError.notFound('Company');
    const e164 = normaliseNumber(phone, company.country);
    if (!e164) throw AppError.invalid('phone', 'isPhoneNumber', 'phone is not a valid phone number');
    return e164;
  }
}

function requireCompany(context: ToolContext): string {
  if (!context.companyId) throw AppError.invalid('companyId', 'isDefined', 'This tool acts for a company');
  return context.companyId;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

function customerView(row: CustomerRow): CustomerView {
  return {
    id: row.id,
    phone: row.phone,
    name: row.name,
    email: row.email,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

interface ResolvedRow {
  phone_id: string;
  number: string;
  phone_agent_id: string | null;
  branch_id: string;
  branch_name: string;
  branch_timezone: string;
  business_hours: BusinessHours;
  special_days: SpecialDay[];
  calcom_event_type_id: number | null;
  branch_agent_id: string | null;
  company_id: string;
  company_name: string;
  company_timezone: string;
  locale: 'de' | 'en';
  country: string;
  settings: CompanySettings;
}

interface CustomerRow {
  id: string;
  phone: string;
  name: string | null;
  email: string | null;
  created_at: Date;
  updated_at: Date;
}

interface AppointmentRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  calcom_booking_uid: string | null;
  branch_id: string | null;
  branch_name: string | null;
  service_id: string | null;
  service_name: string | null;
  staff_id: string | null;
  staff_name: string | null;
  customer_id: string | null;
  customer_name: string | null;
  customer_phone: string | null;
}

interface StatsRow {
  total: number;
  ended: number;
  failed: number;
  total_duration: string;
  avg_duration: number;
  booked: number;
}
