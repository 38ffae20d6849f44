import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, LATEST_PROTOCOL_VERSION, McpError } from '@modelcontextprotocol/sdk/types.js';
import request from 'supertest';
import { FakeCalcom } from 'test/fakes/fake-calcom';
import { addPhoneNumber, apiAs, seedApiKey, seedTwoTenants } from 'test/support/seed';
import { VOICE_TOOLS } from 'test/support/voice-tools';
import { startTestApp, type TestApp } from 'test/support/test-app';

const CALCOM_KEY = 'cal_live_company_a_mcp_0001';
const EVENT_TYPE = 8201;
/** A Monday in summer time: 10:00 in Berlin is 08:00 UTC. */
const DAY = '2050-09-05';
const NUMBER_A = '+493012340000';
const NUMBER_B = '+494012340000';
const CALLER = '+4915112340000';
const HOURS = { mon: [['08:00', '18:00']], tue: [['08:00', '18:00']] };

let t: TestApp;
let fake: FakeCalcom;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let keyA: string;
let keyB: string;
const clients: Client[] = [];

type ToolResult = { isError?: boolean; structuredContent?: Record<string, unknown>; content: { text: string }[] };

/** The official SDK client over Streamable HTTP, with the key as a static bearer header (as Retell sends it). */
async function connect(key: string): Promise<Client> {
  const client = new Client({ name: 'switchboard-e2e', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${t.url}/mcp`), {
    requestInit: { headers: { Authorization: `Bearer ${key}` } },
  });
  await client.connect(transport);
  clients.push(client);
  return client;
}

const call = async (client: Client, name: string, args: Record<string, unknown> = {}) =>
  (await client.callTool({ name, arguments: args })) as ToolResult;

beforeAll(async () => {
  fake = await new FakeCalcom(CALCOM_KEY).start();
  fake.addEventType({ id: EVENT_TYPE, title: 'Kontrolle', lengthInMinutes: 30 });
  t = await startTestApp({ env: { CALCOM_API_URL: fake.url, OUTBOUND_ALLOW_PRIVATE: 'true' } });
  world = await seedTwoTenants(t);
  const su = apiAs(t, world.su);
  await su.patch(`/api/companies/${world.a.id}/branches/${world.branchA}`, { businessHours: HOURS }).expect(200);
  await addPhoneNumber(su, world.a.id, NUMBER_A, world.branchA);
  await addPhoneNumber(su, world.b.id, NUMBER_B, world.branchB);
  const insertService = `INSERT INTO services (company_id, branch_id, name, duration_minutes, calcom_event_type_id)
                         VALUES ($1, $2, $3, 30, $4)`;
  await t.dataSource.query(insertService, [world.a.id, world.branchA, 'Kontrolle', EVENT_TYPE]);
  await t.dataSource.query(insertService, [world.b.id, world.branchB, 'Geheimbehandlung B', null]);
  await su.put(`/api/companies/${world.a.id}/integrations/calcom`, { apiKey: CALCOM_KEY }).expect(200);
  keyA = await seedApiKey(t, world.a.id, ['voice']);
  keyB = await seedApiKey(t, world.b.id, ['voice']);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
  await t?.close();
  await fake?.stop();
});

describe('MCP endpoint (/mcp)', () => {
  it('initializes on 2025-11-25 and lists the exposed voice tools with their JSON Schemas', async () => {
    const client = await connect(keyA);
    expect(LATEST_PROTOCOL_VERSION).toBe('2025-11-25');
    expect(client.getServerVersion()?.name).toBe('switchboard');
    expect(client.getServerCapabilities()?.tools).toBeDefined();
    const { tools } = await client.listTools();
    expect(tools.map((x) => x.name).sort()).toEqual(VOICE_TOOLS);
    const book = tools.find((x) => x.name === 'book_appointment')!;
    expect(book.description).toEqual(expect.any(String));
    expect(book.inputSchema.type).toBe('object');
    expect(Object.keys(book.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['date', 'time', 'name', 'phone', 'callId', 'calledNumber']),
    );
    expect(book.inputSchema.required).toEqual(expect.arrayContaining(['date', 'time', 'name']));
  });

  it('calls list_services and get_opening_hours for the key’s company', async () => {
    const client = await connect(keyA);
    const services = await call(client, 'list_services');
    expect(services.isError).toBeUndefined();
    expect(services.structuredContent).toMatchObject({
      ok: true,
      services: [{ name: 'Kontrolle', durationMinutes: 30 }],
    });
    expect(JSON.parse(services.content[0].text)).toEqual(services.structuredContent);
    expect(services.content[0].text).not.toContain('Geheimbehandlung');

    const hours = await call(client, 'get_opening_hours', { date: DAY });
    expect(hours.structuredContent).toMatchObject({ ok: true, open: true, date: DAY, intervals: [['08:00', '18:00']] });
    expect(hours.structuredContent?.message).toEqual(expect.stringContaining('08:00'));
  });

  it('answers invalid arguments with an isError result and an unknown tool with -32602', async () => {
    const client = await connect(keyA);
    const invalid = await call(client, 'query_appointment', { phone: 'x'.repeat(41) });
    expect(invalid.isError).toBe(true);
    expect(invalid.structuredContent).toMatchObject({ ok: false, error: 'INVALID_INPUT' });
    const unknown = client.callTool({ name: 'list_events', arguments: {} });
    await expect(unknown).rejects.toBeInstanceOf(McpError);
    await expect(unknown).rejects.toMatchObject({ code: ErrorCode.InvalidParams });
  });

  it('refuses a missing or wrong key with 401 and a bearer challenge, and a key without voice scope with 403', async () => {
    await expect(connect('swb_aaaaaaaaaaaa_' + 'a'.repeat(43))).rejects.toMatchObject({ code: 401 });
    const init = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'curl', version: '1' } },
    };
    const anonymous = await request(t.url)
      .post('/mcp')
      .set('Accept', 'application/json, text/event-stream')
      .send(init)
      .expect(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');

    const adminOnly = await seedApiKey(t, world.a.id, ['admin']);
    await expect(connect(adminOnly)).rejects.toMatchObject({ code: 403 });
    // A signed-in user is no company key either.
    await request(t.url)
      .post('/mcp')
      .auth(world.adminA, { type: 'bearer' })
      .set('Accept', 'application/json, text/event-stream')
      .send(init)
      .expect(403);
  });

  it('is stateless: no session id, and GET/DELETE answer 405', async () => {
    const res = await request(t.url)
      .post('/mcp')
      .auth(keyA, { type: 'bearer' })
      .set('Accept', 'application/json, text/event-stream')
      .send({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} })
      .expect(200);
    expect(res.headers['mcp-session-id']).toBeUndefined();
    expect(res.body.result.tools).toHaveLength(VOICE_TOOLS.length);
    await request(t.url).get('/mcp').auth(keyA, { type: 'bearer' }).expect(405).expect('Allow', 'POST');
    await request(t.url).delete('/mcp').auth(keyA, { type: 'bearer' }).expect(405);
  });

  it("never shows company B's data to company A's key", async () => {
    const [{ id: customerB }] = await t.dataSource.query(
      `INSERT INTO customers (company_id, phone, name) VALUES ($1, $2, 'Bea B') RETURNING id`,
      [world.b.id, CALLER],
    );
    await t.dataSource.query(
      `INSERT INTO appointments (company_id, branch_id, customer_id, calcom_event_type_id, calcom_booking_uid,
                                 idempotency_key, starts_at, ends_at)
       VALUES ($1, $2, $3, 999, 'uid-of-b', 'mcp-test:b', $4, $5)`,
      [world.b.id, world.branchB, customerB, `${DAY}T09:00:00Z`, `${DAY}T09:30:00Z`],
    );
    const b = await call(await connect(keyB), 'query_appointment', { phone: CALLER });
    expect(b.structuredContent).toMatchObject({ ok: true, appointments: [{ start: expect.stringContaining(DAY) }] });

    const a = await connect(keyA);
    const asA = await call(a, 'query_appointment', { phone: CALLER });
    expect(asA.structuredContent).toMatchObject({ ok: true, appointments: [] });
    // Naming B's number does not switch the tenant: the key's company is the tenant.
    const viaNumber = await call(a, 'query_appointment', { phone: CALLER, calledNumber: NUMBER_B });
    expect(JSON.stringify(viaNumber)).not.toContain(DAY);
    const services = await call(a, 'list_services', { calledNumber: NUMBER_B, companyId: world.b.id });
    expect(services.content[0].text).not.toContain('Geheimbehandlung');
  });

  it('books through book_appointment: exactly one Cal.com booking, and a repeat books nothing more', async () => {
    fake.setSlots(EVENT_TYPE, DAY, ['08:00', '09:00']);
    const client = await connect(keyA);
    const args = { date: DAY, time: '10:00', name: 'Anna Schmidt', phone: '015112349999', service: 'Kontrolle' };
    const booked = await call(client, 'book_appointment', args);
    expect(booked.isError).toBeUndefined();
    expect(booked.structuredContent).toMatchObject({ ok: true, booked: true, start: `${DAY}T10:00:00+02:00` });
    expect(fake.bookings()).toHaveLength(1);
    expect(fake.bookings()[0]).toMatchObject({ eventTypeId: EVENT_TYPE });
    const [row] = await t.dataSource.query('SELECT company_id FROM appointments WHERE id = $1', [
      booked.structuredContent?.appointmentId,
    ]);
    expect(row).toEqual({ company_id: world.a.id });

    const again = await call(client, 'book_appointment', args);
    expect(again.structuredContent).toMatchObject({ ok: true, appointmentId: booked.structuredContent?.appointmentId });
    expect(fake.bookings()).toHaveLength(1);
  });
});
