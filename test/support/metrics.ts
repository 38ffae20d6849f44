import request from 'supertest';
import type { TestApp } from './test-app';

/** The value of one Prometheus sample (`name{labels}` exactly as exported) on the app's /metrics; 0 when absent. */
export async function metricValue(t: TestApp, sample: string): Promise<number> {
  const text = (await request(t.url).get('/metrics').expect(200)).text;
  const found = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return found ? Number(found.slice(sample.length + 1)) : 0;
}
