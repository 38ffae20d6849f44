import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { ApiKey, ApiKeyScope } from './entities/api-key.entity';

const KEY_PATTERN = /^swb_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** Bumping last_used_at on every request would be a write per call; once a minute is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeyService {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  /** Creates a key; the returned secret is shown once and never stored. Pass a manager to join its transaction. */
  async create(
    input: { companyId: string; name: string; scopes: ApiKeyScope[]; createdBy: string | null },
    manager?: EntityManager,
  ) {
    const keys = manager?.getRepository(ApiKey) ?? this.keys;
    const prefix = randomBytes(9)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0')
      .slice(0, 12);
    const secret = `swb_${prefix}_${randomBytes(32).toString('base64url')}`;
    const key = await keys.save(keys.create({ ...input, prefix, secretHash: sha256(secret).toString('hex') }));
    return { key, secret };
  }

  /** The live key a bearer token names, or null. Keys of revoked keys and deleted companies never match. */
  async authenticate(token: string): Promise<ApiKey | null> {
    const match = KEY_PATTERN.exec(token);
    if (!match) return null;
    const key = await this.keys
      .createQueryBuilder('k')
      .addSelect('k.secretHash')
      .innerJoin('k.company', 'c', 'c.deletedAt IS NULL')
      .where('k.prefix = :prefix AND k.revokedAt IS NULL', { prefix: match[1] })
      .getOne();
    if (!key || !timingSafeEqual(Buffer.from(key.secretHash, 'hex'), sha256(token))) return null;
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.keys.update(key.id, { lastUsedAt: new Date() });
    }
    return key;
  }

  async revoke(companyId: string, id: string, manager?: EntityManager): Promise<boolean> {
    const keys = manager?.getRepository(ApiKey) ?? this.keys;
    const result = await keys.update({ id, companyId }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }
}
