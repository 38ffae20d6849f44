import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { ApiKeyService } from 'src/auth/api-key.service';
import { ApiKey } from 'src/auth/entities/api-key.entity';
import type { Principal } from 'src/auth/principal';
import { AuditService } from 'src/platform/audit/audit.service';
import { actorOf } from '../common/audit-actor';
import { findOwned } from '../common/db';
import { page, Page, PageQueryDto } from 'src/platform/paging/pagination.dto';
import { assertUserPrincipal } from '../common/user-principal';
import { ApiKeyDto, CreateApiKeyDto } from './api-key.dto';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly apiKeys: ApiKeyService,
    private readonly audit: AuditService,
  ) {}

  /** Revoked keys stay listed (with `revokedAt`), newest first. */
  async list(companyId: string, query: PageQueryDto): Promise<Page<ApiKey>> {
    const [items, total] = await this.keys.findAndCount({
      where: { companyId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: query.skip,
      take: query.pageSize,
    });
    return page(items, total, query);
  }

  create(principal: Principal, companyId: string, input: CreateApiKeyDto): Promise<{ key: ApiKey; secret: string }> {
    assertUserPrincipal(principal);
    return this.dataSource.transaction(async (em) => {
      const created = await this.apiKeys.create({ ...input, companyId, createdBy: principal.id }, em);
      await this.audit.record(
        {
          actor: actorOf(principal),
          action: 'api_key.create',
          targetType: 'api_key',
          targetId: created.key.id,
          companyId,
          after: ApiKeyDto.from(created.key),
        },
        em,
      );
      return created;
    });
  }

  /** Takes effect on the key's next request. Revoking a revoked key changes nothing (and is not audited). */
  async revoke(principal: Principal, companyId: string, id: string): Promise<void> {
    assertUserPrincipal(principal);
    await this.dataSource.transaction(async (em) => {
      const key = await findOwned(em.getRepository(ApiKey), companyId, id, 'API key');
      if (key.revokedAt) return;
      const before = ApiKeyDto.from(key);
      await this.apiKeys.revoke(companyId, id, em);
      const after = ApiKeyDto.from(await em.getRepository(ApiKey).findOneByOrFail({ id }));
      await this.audit.record(
        {
          actor: actorOf(principal),
          action: 'api_key.revoke',
          targetType: 'api_key',
          targetId: id,
          companyId,
          before,
          after,
        },
        em,
      );
    });
  }
}
