import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { RequestContext } from 'src/platform/logging/request-context';
import { AuditLog } from './audit-log.entity';

export interface AuditActor {
  type: 'user' | 'api_key' | 'system';
  id: string | null;
  label: string | null;
}

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  targetType: string;
  targetId?: string | null;
  companyId?: string | null;
  before?: object | null;
  after?: object | null;
}

/** Keys whose values never reach the audit log, at any depth. */
const SECRET_KEY = /pass(word)?|secret|token|api_?key|webhook_?key|ciphertext|hash/i;

export function maskSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) && v != null ? '[masked]' : maskSecrets(v)]),
    );
  }
  return value;
}

/** The audit trail: who changed what, when, with before/after snapshots, secrets masked. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLog) private readonly log: Repository<AuditLog>) {}

  /** Pass the transaction's manager so the entry commits (or rolls back) with the change it describes. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditLog) : this.log;
    await repo.save(
      repo.create({
        actorType: entry.actor.type,
        actorId: entry.actor.id,
        actorLabel: entry.actor.label,
        companyId: entry.companyId ?? null,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId ?? null,
        before: maskSecrets(entry.before ?? null) as Record<string, unknown> | null,
        after: maskSecrets(entry.after ?? null) as Record<string, unknown> | null,
        requestId: RequestContext.requestId() ?? null,
        ip: RequestContext.ip() ?? null,
      }),
    );
  }
}
