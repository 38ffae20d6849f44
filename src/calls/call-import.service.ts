import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RetellCallObject, RetellPage } from 'src/mcp-servers/retell/retell.types';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import type { ToolPrincipal } from 'src/orchestrator/tool.types';
import { callPartiesOf, TenantResolver } from 'src/tenancy/tenant-resolver.service';
import { CallRecorder } from './call-recorder.service';

export interface ImportResult {
  created: number;
  skipped: number;
  failed: number;
}

const PAGE_SIZE = 100;
/** An import is bounded: a workspace with years of calls is imported in chunks of days, not all at once. */
export const MAX_IMPORTED_CALLS = 5000;

/**
 * Pulls the company's calls of the last `days` days from Retell's list API and records those missing
 * locally exactly as their webhooks would have (same mapping, same once-only charge).
 */
@Injectable()
export class CallImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orchestrator: McpOrchestrator,
    private readonly tenants: TenantResolver,
    private readonly recorder: CallRecorder,
  ) {}

  async import(companyId: string, days: number, principal: ToolPrincipal): Promise<ImportResult> {
    const since = Date.now() - days * 86_400_000;
    const result: ImportResult = { created: 0, skipped: 0, failed: 0 };
    let paginationKey: string | undefined;
    let seen = 0;
    for (;;) {
      const page = await this.orchestrator.execute<RetellPage<RetellCallObject>>(
        'retell',
        'list_call_records',
        { limit: PAGE_SIZE, sortOrder: 'descending', ...(paginationKey ? { paginationKey } : {}) },
        { principal, companyId },
      );
      const recent = page.items.filter((c) => (c.start_timestamp ?? Date.now()) >= since);
      await this.importPage(companyId, recent, result);
      seen += page.items.length;
      // Newest first: a page reaching past the window ends the import.
      if (!page.nextPaginationKey || recent.length < page.items.length || seen >= MAX_IMPORTED_CALLS) break;
      paginationKey = page.nextPaginationKey;
    }
    return result;
  }

  private async importPage(companyId: string, calls: RetellCallObject[], result: ImportResult): Promise<void> {
    if (!calls.length) return;
    const known: { retell_call_id: string }[] = await this.dataSource.query(
      'SELECT retell_call_id FROM calls WHERE retell_call_id = ANY($1)',
      [calls.map((c) => c.call_id)],
    );
    const existing = new Set(known.map((r) => r.retell_call_id));
    for (const call of calls) {
      if (existing.has(call.call_id)) {
        result.skipped++;
        continue;
      }
      try {
        // The list is the company's own (its workspace, or its agents on the platform one): the company is known.
        const tenant = await this.tenants.resolveCallFor(companyId, callPartiesOf(call));
        const recorded = await this.recorder.record(tenant, call);
        if (recorded.created) result.created++;
        else result.skipped++;
      } catch {
        result.failed++;
      }
    }
  }
}
