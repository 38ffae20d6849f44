import { apiAs, seedTwoTenants } from 'test/support/seed';
import { startTestApp, type TestApp } from 'test/support/test-app';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;

async function insertCustomer(companyId: string, phone: string, name: string | null): Promise<string> {
  const [row] = (await t.dataSource.query(
    `INSERT INTO customers (company_id, phone, name) VALUES ($1, $2, $3) RETURNING id`,
    [companyId, phone, name],
  )) as { id: string }[];
  return row.id;
}

beforeAll(async () => {
  t = await startTestApp();
  world = await seedTwoTenants(t);
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/companies/:companyId/customers', () => {
  it("finds a company's callers by name or number, never another company's", async () => {
    const anna = await insertCustomer(world.a.id, '+4915112345678', 'Anna Schmidt');
    const max = await insertCustomer(world.a.id, '+4917099887766', 'Max 100%');
    await insertCustomer(world.a.id, '+4930555000', null);
    await insertCustomer(world.b.id, '+4915112345678', 'Anna Schmidt (B)');
    const admin = apiAs(t, world.adminA);
    const search = (q: string) => admin.get(`/api/companies/${world.a.id}/customers?q=${encodeURIComponent(q)}`);

    const byName = await search('schmidt').expect(200);
    expect(byName.body).toEqual({
      total: 1,
      page: 1,
      pageSize: 20,
      items: [{ id: anna, name: 'Anna Schmidt', phone: '+4915112345678', email: null, createdAt: expect.any(String) }],
    });
    // A national number finds the E.164 one; a LIKE wildcard in the text is taken literally.
    expect((await search('0151 1234').expect(200)).body.items.map((c: { id: string }) => c.id)).toEqual([anna]);
    expect((await search('100%').expect(200)).body.items.map((c: { id: string }) => c.id)).toEqual([max]);
    expect((await search('%%').expect(200)).body.total).toBe(0);
    const unnamed = await search('+49 30').expect(200);
    expect(unnamed.body.items.map((c: { phone: string; name: null }) => [c.phone, c.name])).toEqual([
      ['+4930555000', null],
    ]);

    await admin.get(`/api/companies/${world.a.id}/customers`).expect(400);
    await search('x').expect(400);
    await apiAs(t, world.adminA).get(`/api/companies/${world.b.id}/customers?q=anna`).expect(403);
    await apiAs(t, world.ops).get(`/api/companies/${world.a.id}/customers?q=anna`).expect(403);
    const su = await apiAs(t, world.su).get(`/api/companies/${world.b.id}/customers?q=anna`).expect(200);
    expect(su.body.items.map((c: { name: string }) => c.name)).toEqual(['Anna Schmidt (B)']);
  });
});
