import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { toE164 } from 'src/platform/phone/phone';
import { ToolCacheService } from 'src/orchestrator/tool-cache.service';

/** Tag on every cached `directory` entry made for a company-bound caller: `invalidate(companyId, 'directory')`. */
export const DIRECTORY_TAG = 'directory';

/** The country a national number is read in when the caller names none (the business is mostly German). */
export const DEFAULT_COUNTRY = 'DE';

/** E.164 of the input, read in `country` (DE by default); null when it is not a valid number. */
export function normaliseNumber(input: string, country?: string): string | null {
  return toE164(input, country ?? DEFAULT_COUNTRY);
}

/**
 * Tag of one resolved number. Tenant resolution runs as the system principal, whose entries live under
 * `system:` and cannot know the company before the lookup; so entries are tagged by the number they resolved,
 * and invalidation goes from a company to all numbers it has (or had).
 */
export function directoryNumberTag(number: string): string {
  return `directory:number:${number}`;
}

/** Tag of one resolved Retell agent (`directory.resolve_agent`), invalidated like numbers. */
export function directoryAgentTag(agentId: string): string {
  return `directory:agent:${agentId}`;
}

/**
 * Drops cached tenant resolutions (`directory.resolve_phone_number`) after a change to a company, its branches,
 * phone numbers, services or staff. Call it **after** the transaction commits (an earlier call lets a concurrent
 * resolution re-cache the old row). Numbers that were soft-deleted or moved are covered: every number the
 * company ever had is invalidated.
 */
@Injectable()
export class DirectoryCacheInvalidator {
  constructor(
    private readonly cache: ToolCacheService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Anything about the company changed (company, branch, number, service, staff): drop all its resolutions. */
  async companyChanged(companyId: string, extraNumbers: string[] = [], manager?: EntityManager): Promise<number> {
    const rows: { number: string }[] = await (manager ?? this.dataSource.manager).query(
      'SELECT DISTINCT "number" FROM "phone_numbers" WHERE "company_id" = $1',
      [companyId],
    );
    // Agents that moved away are not listed any more: their resolutions expire with the short TTL.
    const agents: { agent: string }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT retell_agent_id AS agent FROM branches WHERE company_id = $1 AND retell_agent_id IS NOT NULL
       UNION SELECT retell_agent_id FROM phone_numbers WHERE company_id = $1 AND retell_agent_id IS NOT NULL`,
      [companyId],
    );
    const numbers = new Set([...rows.map((r) => r.number), ...extraNumbers]);
    const tags = [...[...numbers].map(directoryNumberTag), ...agents.map((a) => directoryAgentTag(a.agent))];
    const counts = await Promise.all([
      this.cache.invalidate(companyId, DIRECTORY_TAG),
      ...tags.flatMap((tag) => [this.cache.invalidate(null, tag), this.cache.invalidate(companyId, tag)]),
    ]);
    return counts.reduce((a, b) => a + b, 0);
  }
}

/** What `resolve_agent` accepts as an agent id; anything else resolves to no company, as there. */
const AGENT_ID = /^[A-Za-z0-9_-]{1,128}$/;
/** The same lifetimes as `resolve_phone_number` (300 s) and `resolve_agent` (60 s): invalidated alike. */
const NUMBER_TTL_MS = 300_000;
const AGENT_TTL_MS = 60_000;

/**
 * Only the company of a number or agent — what webhook ingest needs to choose the signing key — without the
 * orchestrator's input validation and without the full resolution (branch, services, staff). Same rules as
 * `directory.resolve_phone_number` / `resolve_agent` for the system principal (active number of an active,
 * undeleted branch of an undeleted company; an agent's branch first, then its numbers), and the same cache
 * (shared Redis, so every instance sees one invalidation) under the same tags and TTLs:
 * `DirectoryCacheInvalidator.companyChanged` drops these entries with the full resolutions. Unknown is
 * null and not cached, as a NOT_FOUND is not cached there.
 */
@Injectable()
export class DirectoryCompanyLookup {
  private readonly inflight = new Map<string, Promise<string | null>>();

  constructor(
    private readonly cache: ToolCacheService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The company whose active number this is (any format, read in DE); null when none or not a number. */
  ofNumber(input: string): Promise<string | null> {
    const number = normaliseNumber(input);
    if (!number) return Promise.resolve(null);
    return this.lookup(
      `tc:system:directory:company_of_number:${number}`,
      directoryNumberTag(number),
      NUMBER_TTL_MS,
      () =>
        this.dataSource.query(
          `SELECT p.company_id FROM phone_numbers p
           JOIN branches b ON b.id = p.branch_id AND b.company_id = p.company_id
                          AND b.deleted_at IS NULL AND b.is_active
           JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL
          WHERE p.number = $1 AND p.deleted_at IS NULL AND p.is_active
          LIMIT 1`,
          [number],
        ),
    );
  }

  /** The company the Retell agent answers for; null when none or not an agent id. */
  ofAgent(agentId: string): Promise<string | null> {
    if (!AGENT_ID.test(agentId)) return Promise.resolve(null);
    return this.lookup(
      `tc:system:directory:company_of_agent:${agentId}`,
      directoryAgentTag(agentId),
      AGENT_TTL_MS,
      () =>
        this.dataSource.query(
          `SELECT c.id AS company_id, 0 AS rank
           FROM branches b JOIN companies c ON c.id = b.company_id AND c.deleted_at IS NULL
          WHERE b.retell_agent_id = $1 AND b.deleted_at IS NULL
         UNION ALL
         SELECT c.id, 1
           FROM phone_numbers p JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL
          WHERE p.retell_agent_id = $1 AND p.deleted_at IS NULL
         ORDER BY rank LIMIT 1`,
          [agentId],
        ),
    );
  }

  /** Read-through, with concurrent identical misses sharing one query (as the orchestrator's cache does). */
  private async lookup(
    key: string,
    tag: string,
    ttlMs: number,
    query: () => Promise<{ company_id: string }[]>,
  ): Promise<string | null> {
    const entry = await this.cache.get(key);
    if (entry && entry.freshUntil > Date.now()) {
      this.cache.count('directory', 'hit');
      return (entry.value as { companyId: string }).companyId;
    }
    const running = this.inflight.get(key);
    if (running) return running;
    const load = async (): Promise<string | null> => {
      const companyId = (await query())[0]?.company_id ?? null;
      if (companyId === null) return null;
      const tags = [
        ToolCacheService.companyTag(null, DIRECTORY_TAG),
        ToolCacheService.companyTag(null, tag),
        ...ToolCacheService.implicitTags(null, 'directory'),
      ];
      await this.cache.set(key, { companyId }, ttlMs, false, tags);
      this.cache.count('directory', 'miss');
      return companyId;
    };
    const promise = load();
    this.inflight.set(key, promise);
    try {
      return await promise;
    } finally {
      this.inflight.delete(key);
    }
  }
}
