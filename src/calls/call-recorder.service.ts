import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { billedSeconds, chargeCents, LedgerService } from 'src/billing/ledger.service';
import type { CustomerView } from 'src/mcp-servers/directory/directory.mcp-server';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { toToolError } from 'src/orchestrator/tool-errors';
import { SYSTEM_PRINCIPAL } from 'src/orchestrator/tool.types';
import type { CallTenant } from 'src/tenancy/tenant-resolver.service';
import { Call } from './call.entity';
import { insertCallRow } from './call-rows';
import { callerNameOf, callFieldsOf, isBillable, mergeCall } from './call-record';

export interface RecordResult {
  call: Call | null;
  /** The call row did not exist before this event. */
  created: boolean;
  /** The ledger entry of this call was written by this event. */
  charged: boolean;
}

/**
 * Builds call records from Retell call objects (webhook events and imports alike): one row per Retell call,
 * the same final row whatever the order of events, the caller as a customer of the company, and one ledger
 * charge per call when it ends.
 */
@Injectable()
export class CallRecorder {
  private readonly logger = new Logger('Calls');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orchestrator: McpOrchestrator,
    private readonly ledger: LedgerService,
  ) {}

  async record(tenant: CallTenant, callObject: Record<string, unknown>, event?: string): Promise<RecordResult> {
    const retellCallId = String(callObject.call_id);
    const fields = callFieldsOf(callObject, event);
    const customerId = tenant.customerNumber
      ? await this.customer(tenant.companyId, tenant.customerNumber, callerNameOf(fields.dynamicVariables))
      : null;
    return this.dataSource.transaction(async (em) => {
      // Concurrent events of one call: the first creates the row, every event then merges under a row lock.
      const created = await insertCallRow(em, tenant.companyId, retellCallId);
      const repo = em.getRepository(Call);
      const call = await repo.findOne({ where: { retellCallId }, lock: { mode: 'pessimistic_write' } });
      if (!call || call.companyId !== tenant.companyId) {
        // A call id already recorded for another company: never merged across tenants.
        this.logger.warn(`Retell call ${retellCallId} belongs to another company; event not applied`);
        return { call: null, created: false, charged: false };
      }
      mergeCall(call, fields);
      call.branchId ??= tenant.branchId;
      call.customerId ??= customerId;
      await repo.save(call);
      let charged = false;
      if (isBillable(call)) {
        const [company]: { rate: number; increment: number }[] = await em.query(
          'SELECT rate_per_minute_cents AS rate, billing_increment_seconds AS increment FROM companies WHERE id = $1',
          [call.companyId],
        );
        const seconds = billedSeconds(call.durationSeconds!, company.increment);
        const amount = chargeCents(seconds, company.rate);
        if (amount > 0) {
          const posted = await this.ledger.post(
            {
              companyId: call.companyId,
              type: 'call_charge',
              amountCents: -amount,
              callId: call.id,
              description: `Call ${retellCallId}: ${seconds / 60} min at ${company.rate} ct/min`,
            },
            em,
          );
          charged = posted !== null;
        }
      }
      return { call, created, charged };
    });
  }

  /** The other party as the company's customer; a number the directory refuses (anonymous) gives none. */
  private async customer(companyId: string, phone: string, name: string | undefined): Promise<string | null> {
    try {
      const { customer } = await this.orchestrator.execute<{ customer: CustomerView }>(
        'directory',
        'upsert_customer',
        name ? { phone, name } : { phone },
        { principal: SYSTEM_PRINCIPAL, companyId },
      );
      return customer.id;
    } catch (err) {
      if (toToolError(err).code === 'INVALID_INPUT') return null;
      throw err;
    }
  }
}
