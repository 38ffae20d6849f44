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
    const numbers = new Set([...rows.map((r) => r.number), ...extraNumbers]);
    const counts = await Promise.all([
      this.cache.invalidate(companyId, DIRECTORY_TAG),
      ...[...numbers].flatMap((n) => [
        this.cache.invalidate(null, directoryNumberTag(n)),
        this.cache.invalidate(companyId, directoryNumberTag(n)),
      ]),
    ]);
    return counts.reduce((a, b) => a + b, 0);
  }
}
