import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { KnowledgeDocument } from 'src/mcp-servers/knowledge/knowledge-document.entity';
import { CredentialsService } from 'src/platform/credentials/credentials.service';
import type { Integration } from 'src/platform/credentials/integration.entity';
import { BillingService } from '../billing/billing.service';
import { SetupDto, SetupItemDto, SetupStatus } from './setup.dto';

const connection = (row: Integration | null): SetupStatus =>
  !row?.secretCiphertext ? 'missing' : row.status === 'connected' ? 'ok' : 'warning';

/**
 * The "integration doctor": what a company still needs before its voice agent can take calls. Read-only; each
 * item says ok, warning (works, but something is off) or missing (calls will fail or cannot be booked).
 */
@Injectable()
export class SetupService {
  constructor(
    private readonly credentials: CredentialsService,
    private readonly billing: BillingService,
    @InjectRepository(PhoneNumber) private readonly numbers: Repository<PhoneNumber>,
    @InjectRepository(Branch) private readonly branches: Repository<Branch>,
    @InjectRepository(Service) private readonly services: Repository<Service>,
    @InjectRepository(KnowledgeDocument) private readonly documents: Repository<KnowledgeDocument>,
  ) {}

  async check(companyId: string): Promise<SetupDto> {
    // The balance first: it answers 404 for a company that does not exist.
    const balance = await this.billing.balance(companyId);
    const [calcom, retell, calcomSecrets, numbers, branches, services, published] = await Promise.all([
      this.credentials.find(companyId, 'calcom'),
      this.credentials.find(companyId, 'retell'),
      this.credentials.get(companyId, 'calcom'),
      this.numbers.find({ where: { companyId, isActive: true } }),
      this.branches.find({ where: { companyId } }),
      this.services.find({ where: { companyId, isActive: true } }),
      this.documents.count({ where: { companyId, status: 'published' } }),
    ]);
    const synced = await this.services.count({ where: { companyId, calcomEventTypeId: Not(IsNull()) } });

    const agentOf = new Map(branches.map((b) => [b.id, b.retellAgentId]));
    const unassigned = numbers.filter(
      (n) => !n.branchId || !agentOf.has(n.branchId) || !(n.retellAgentId ?? agentOf.get(n.branchId)),
    ).length;
    const unmapped = services.filter((s) => s.calcomEventTypeId === null).length;
    const threshold = balance.lowBalanceThresholdCents;

    const items: SetupItemDto[] = [
      { key: 'calcom_connected', status: connection(calcom) },
      { key: 'calcom_webhook_secret', status: calcomSecrets?.webhookSecret ? 'ok' : 'missing' },
      { key: 'event_types_synced', status: synced > 0 ? 'ok' : 'missing', detail: { total: synced } },
      { key: 'retell_connected', status: connection(retell) },
      {
        key: 'phone_numbers_assigned',
        status: numbers.length === 0 ? 'missing' : unassigned > 0 ? 'warning' : 'ok',
        detail: { total: numbers.length, pending: unassigned },
      },
      {
        key: 'services_mapped',
        status: services.length === 0 ? 'missing' : unmapped > 0 ? 'warning' : 'ok',
        detail: { total: services.length, pending: unmapped },
      },
      { key: 'knowledge_published', status: published > 0 ? 'ok' : 'warning', detail: { total: published } },
      {
        key: 'balance',
        status: balance.balanceCents <= 0 ? 'missing' : balance.balanceCents < threshold ? 'warning' : 'ok',
        detail: { balanceCents: balance.balanceCents, thresholdCents: threshold },
      },
    ];
    return { ready: items.every((i) => i.status !== 'missing'), items };
  }
}
