import type { DataSource } from 'typeorm';
import type { CacheService } from 'src/platform/cache/cache.service';
import type { RedisConfig } from 'src/config';
import { ToolCacheService } from 'src/orchestrator/tool-cache.service';
import { DirectoryCacheInvalidator, DirectoryCompanyLookup } from './directory-cache';

/** A memory cache behind the real ToolCacheService (no Redis: tags in memory), and a scripted database. */
function setup() {
  const store = new Map<string, unknown>();
  const cache = {
    get: async (key: string) => store.get(key),
    set: async (key: string, value: unknown) => void store.set(key, value),
    del: async (key: string) => void store.delete(key),
  } as unknown as CacheService;
  const tools = new ToolCacheService(cache, null, { keyPrefix: 't' } as RedisConfig);
  const owner = new Map<string, string>([['+493012345678', 'company-a']]);
  const query = jest.fn(async (sql: string, params: unknown[]) => {
    if (sql.includes('SELECT DISTINCT "number"')) {
      return [...owner].filter(([, c]) => c === params[0]).map(([number]) => ({ number }));
    }
    if (sql.includes('retell_agent_id AS agent')) return [];
    const company = owner.get(params[0] as string);
    return company ? [{ company_id: company }] : [];
  });
  const dataSource = { query, manager: { query } } as unknown as DataSource;
  const lookup = new DirectoryCompanyLookup(tools, dataSource);
  const invalidator = new DirectoryCacheInvalidator(tools, dataSource);
  const lookups = () => query.mock.calls.filter(([sql]) => sql.includes('p.company_id FROM phone_numbers')).length;
  return { lookup, invalidator, owner, lookups };
}

describe('DirectoryCompanyLookup', () => {
  it('caches a number’s company, and companyChanged of the old owner drops it when the number moves', async () => {
    const { lookup, invalidator, owner, lookups } = setup();
    expect(await lookup.ofNumber('030 12345678')).toBe('company-a');
    expect(await lookup.ofNumber('+49 30 12345678')).toBe('company-a');
    expect(lookups()).toBe(1);

    owner.set('+493012345678', 'company-b');
    await invalidator.companyChanged('company-a', ['+493012345678']);
    expect(await lookup.ofNumber('+493012345678')).toBe('company-b');
    expect(lookups()).toBe(2);
  });

  it('answers null without a query for what is no number or no agent id, and does not cache unknowns', async () => {
    const { lookup, lookups } = setup();
    expect(await lookup.ofNumber('not a number')).toBeNull();
    expect(await lookup.ofAgent('agent id with spaces')).toBeNull();
    expect(await lookup.ofNumber('+493099999999')).toBeNull();
    expect(await lookup.ofNumber('+493099999999')).toBeNull();
    expect(lookups()).toBe(2);
  });
});
