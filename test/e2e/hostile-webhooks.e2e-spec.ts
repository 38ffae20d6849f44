import { calcomSignature } from 'test/fakes/fake-calcom';
import { retellFunctionCall, retellSignature, retellWebhook } from 'test/fakes/retell-signer';
import { stripeSignature } from 'test/fakes/stripe-signer';
import { eventually } from 'test/support/eventually';
import {
  ENCODED_TRAVERSALS,
  healthStatuses,
  INJECTIONS,
  injectionsFor,
  leafVariants,
  MB,
  mismatches,
  parserCases,
  RAW_TRAVERSAL,
  refusalMismatch,
  send,
  wrongTypesOf,
  type LeafVariant,
  type RawResponse,
} from 'test/support/hostile';
import { addPhoneNumber, apiAs, seedTwoTenants } from 'test/support/seed';
import { startTestApp, type TestApp } from 'test/support/test-app';
import { CredentialsService } from 'src/platform/credentials/credentials.service';

/**
 * Hostile input on the signed public edge (issue 10): Retell webhooks (and the predecessor's paths), the
 * inbound-call webhook, Retell function calls, Cal.com and Stripe webhooks. Every refusal is the right 4xx in
 * the error envelope, never a 5xx; refused requests store nothing; the process stays up after each batch.
 */

const RETELL_KEY = 'key_platform_hostile_0001';
const STRIPE_SECRET = 'whsec_hostile_suite_0001';
const CAL_SECRET = 'calcom_hostile_webhook_secret_0001';
const NUMBER_A = '+493012345678';
const CALLER = '+4915112345678';
const SIX_MINUTES = 6 * 60_000;

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let seq = 0;
const unique = (prefix: string) => `${prefix}_${Date.now()}_${++seq}`;

type Headers = Record<string, string | undefined>;
type Signer = (raw: string) => Headers;

const retellSigned =
  (key = RETELL_KEY, at = () => Date.now()): Signer =>
  (raw) => ({ 'x-retell-signature': retellSignature(raw, key, at()) });
const calSigned =
  (secret = CAL_SECRET): Signer =>
  (raw) => ({ 'x-cal-signature-256': calcomSignature(raw, secret) });
const stripeSigned =
  (secret = STRIPE_SECRET, at?: number): Signer =>
  (raw) => ({ 'stripe-signature': stripeSignature(raw, secret, at) });

const call = () => ({
  call_id: unique('call_hostile'),
  agent_id: 'agent_a',
  call_type: 'phone_call',
  direction: 'inbound',
  from_number: CALLER,
  to_number: NUMBER_A,
  start_timestamp: Date.now() - 60_000,
});

/** One signed route of the edge: where, what a valid body looks like, how it is signed. */
interface SignedRoute {
  name: string;
  path: string;
  limit: number;
  /** The status of a valid, rightly signed request. */
  ok: number;
  body: () => Record<string, unknown>;
  sign: Signer;
  /** Signatures that must be refused for a body: name → headers. */
  forgeries: (raw: string) => [string, Headers][];
}

function retellForgeries(raw: string): [string, Headers][] {
  const valid = retellSignature(raw, RETELL_KEY);
  const header = (value: string | undefined): Headers => ({ 'x-retell-signature': value });
  return [
    ['no signature', header(undefined)],
    ['empty signature', header('')],
    ['wrong key', header(retellSignature(raw, 'key_wrong_000000000000'))],
    ['signature of another body', header(retellSignature(`${raw} `, RETELL_KEY))],
    ['replayed 6 minutes later', header(retellSignature(raw, RETELL_KEY, Date.now() - SIX_MINUTES))],
    ['stamped 6 minutes ahead', header(retellSignature(raw, RETELL_KEY, Date.now() + SIX_MINUTES))],
    ['digest cut short', header(valid.slice(0, -2))],
    ['digest without timestamp', header(valid.replace(/^v=\d+,/, ''))],
    ['SQL', header("v=1,d='; DROP TABLE webhook_events; --")],
  ];
}

const retellRoutes = (): SignedRoute[] => {
  const webhook = (path: string): SignedRoute => ({
    name: `Retell webhook ${path}`,
    path,
    limit: 10 * MB,
    ok: 204,
    body: () => retellWebhook('call_ended', call()),
    sign: retellSigned(),
    forgeries: retellForgeries,
  });
  const fn = (path: string): SignedRoute => ({
    name: `Retell function ${path}`,
    path,
    limit: 10 * MB,
    ok: 200,
    body: () => retellFunctionCall('check_availability', call(), { date: '2050-09-05' }),
    sign: retellSigned(),
    forgeries: retellForgeries,
  });
  return [
    webhook('/api/mcp/retell/webhook'),
    webhook('/api/retell/webhook'),
    webhook('/api/mcp/retell/events'),
    {
      name: 'Retell inbound',
      path: '/api/mcp/retell/inbound',
      limit: 10 * MB,
      ok: 200,
      body: () => ({
        event: 'call_inbound',
        call_inbound: { agent_id: 'agent_a', from_number: CALLER, to_number: NUMBER_A },
      }),
      sign: retellSigned(),
      forgeries: retellForgeries,
    },
    fn('/api/mcp/retell/functions/check_availability'),
    fn('/api/retell/function-call'),
    fn('/api/webhooks/retell/function'),
  ];
};

const calRoute = (): SignedRoute => ({
  name: 'Cal.com webhook',
  path: `/api/mcp/calcom/webhook/${world.a.id}`,
  limit: MB,
  ok: 204,
  body: () => ({
    triggerEvent: 'BOOKING_CREATED',
    createdAt: new Date().toISOString(),
    payload: {
      uid: unique('uid'),
      title: 'Kontrolle',
      startTime: '2050-09-05T08:00:00Z',
      endTime: '2050-09-05T08:30:00Z',
    },
  }),
  sign: calSigned(),
  forgeries: (raw) => {
    const header = (value: string | undefined): Headers => ({ 'x-cal-signature-256': value });
    return [
      ['no signature', header(undefined)],
      ['wrong secret', header(calcomSignature(raw, 'another_calcom_secret_0001'))],
      ['signature of another body', header(calcomSignature(`${raw} `, CAL_SECRET))],
      ['not hex', header('z'.repeat(64))],
      ['too short', header(calcomSignature(raw, CAL_SECRET).slice(0, 40))],
      ["Cal.com's no-secret marker", header('no-secret-provided')],
      ['SQL', header("'; DROP TABLE webhook_events; --")],
    ];
  },
});

const stripeRoute = (): SignedRoute => ({
  name: 'Stripe webhook',
  path: '/api/mcp/stripe/webhook',
  limit: MB,
  ok: 204,
  body: () => ({
    id: unique('evt'),
    object: 'event',
    type: 'checkout.session.completed',
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: unique('cs'),
        object: 'checkout.session',
        payment_status: 'paid',
        amount_total: 1000,
        currency: 'eur',
        metadata: { companyId: world.a.id, minutes: '10' },
      },
    },
  }),
  sign: stripeSigned(),
  forgeries: (raw) => {
    const header = (value: string | undefined): Headers => ({ 'stripe-signature': value });
    const valid = stripeSignature(raw, STRIPE_SECRET);
    return [
      ['no signature', header(undefined)],
      ['wrong secret', header(stripeSignature(raw, 'whsec_wrong_secret_0001'))],
      ['signature of another body', header(stripeSignature(`${raw} `, STRIPE_SECRET))],
      ['replayed 6 minutes later', header(stripeSignature(raw, STRIPE_SECRET, Math.floor(Date.now() / 1000) - 360))],
      ['v0 only', header(valid.replace('v1=', 'v0='))],
      ['no timestamp', header(valid.replace(/^t=\d+,/, ''))],
      ['SQL', header("t=1,v1='; DROP TABLE webhook_events; --")],
    ];
  },
});

const allRoutes = () => [...retellRoutes(), calRoute(), stripeRoute()];
/** One route per body shape (the aliases take the same bodies). */
const routePerShape = () => {
  const retell = retellRoutes();
  return [retell[0], retell[3], retell[4], calRoute(), stripeRoute()];
};

const post = (path: string, raw: string, headers: Headers, contentType: string | null = 'application/json') =>
  send(t.url, { path, body: raw, headers: { 'content-type': contentType ?? undefined, ...headers } });

/** Waits until every stored event has been handled, so the counts below change only by what a test sends. */
const settled = () =>
  eventually(
    async () =>
      (await t.dataSource.query(`SELECT 1 FROM webhook_events WHERE status IN ('received', 'processing')`)).length ===
      0,
    'stored webhook events handled',
  );

const eventCounts = async () =>
  (
    await t.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'processed')::int AS processed FROM webhook_events`,
    )
  )[0] as { total: number; processed: number };

beforeAll(async () => {
  t = await startTestApp({
    env: { RETELL_API_KEY: RETELL_KEY, STRIPE_WEBHOOK_SECRET: STRIPE_SECRET, WEBHOOK_MAX_ATTEMPTS: '1' },
  });
  world = await seedTwoTenants(t);
  await addPhoneNumber(apiAs(t, world.su), world.a.id, NUMBER_A, world.branchA);
  await t.app
    .get(CredentialsService)
    .put(world.a.id, 'calcom', { apiKey: 'cal_live_hostile_0001', webhookSecret: CAL_SECRET }, {});
});

afterAll(() => t?.close());

afterEach(async () => {
  // The process is still up and ready after every batch.
  expect(await healthStatuses(t.url)).toEqual([200, 200]);
});

describe('hostile input on the signed edge', () => {
  it("refuses what the parser cannot take on every route, at each route's body limit, storing nothing", async () => {
    await settled();
    const before = await eventCounts();
    const cases = allRoutes().flatMap((route) => parserCases(route.limit).map((c) => ({ route, c })));
    const found = await mismatches(
      cases,
      async ({ route, c }) =>
        refusalMismatch(
          `${route.name}: ${c.name}`,
          await post(route.path, c.body, route.sign(c.body), c.contentType),
          c.status,
          c.field,
        ),
      4,
    );
    // Retell's routes take 10 MB: 2 MB parse and reach the signature check (here a wrong key: 401).
    const twoMb = JSON.stringify({ pad: 'x'.repeat(2 * MB) });
    for (const route of retellRoutes()) {
      const res = await post(route.path, twoMb, retellSigned('key_wrong_000000000000')(twoMb));
      found.push(...refusalMismatch(`${route.name}: 2 MB under a wrong key`, res, 401));
    }
    expect(found).toEqual([]);
    expect(await eventCounts()).toEqual(before);
  });

  it('refuses forged signatures and signatures replayed outside the window with 401, storing nothing', async () => {
    await settled();
    const before = await eventCounts();
    const cases = allRoutes().flatMap((route) => {
      const raw = JSON.stringify(route.body());
      return route.forgeries(raw).map(([name, headers]) => ({ route, name, raw, headers }));
    });
    // Cal.com: the right signature under another company's URL (B has no secret) or a traversal id.
    const calRaw = JSON.stringify(calRoute().body());
    for (const id of [world.b.id, ENCODED_TRAVERSALS[0], '%00']) {
      cases.push({
        route: { ...calRoute(), path: `/api/mcp/calcom/webhook/${id}` },
        name: `right signature, company ${id}`,
        raw: calRaw,
        headers: calSigned()(calRaw),
      });
    }
    const found = await mismatches(cases, async ({ route, name, raw, headers }) =>
      refusalMismatch(`${route.name}: ${name}`, await post(route.path, raw, headers), 401),
    );
    expect(found).toEqual([]);
    expect(await eventCounts()).toEqual(before);

    // The same bodies, rightly signed now, pass: the refusals above were the signatures' doing.
    for (const route of allRoutes()) {
      const raw = JSON.stringify(route.body());
      expect([route.name, (await post(route.path, raw, route.sign(raw))).status]).toEqual([route.name, route.ok]);
    }
  });

  it('refuses hostile content under a forged signature before acting on it: injections and wrong types in every field', async () => {
    await settled();
    const before = await eventCounts();
    const valuesFor = (v: unknown) => [...injectionsFor(v), ...wrongTypesOf(v)];
    const cases = routePerShape().flatMap((route) =>
      leafVariants(route.body(), valuesFor).map((variant) => ({ route, variant })),
    );
    expect(cases.length).toBeGreaterThan(200);
    const found = await mismatches(cases, async ({ route, variant }) => {
      const raw = JSON.stringify(variant.body);
      const [, forged] = route.forgeries(raw).find(([name]) => name === 'wrong key' || name === 'wrong secret')!;
      return refusalMismatch(
        `${route.name}: ${variant.field}=${JSON.stringify(variant.value)}`,
        await post(route.path, raw, forged),
        401,
      );
    });
    expect(found).toEqual([]);
    expect(await eventCounts()).toEqual(before);
  });

  describe('rightly signed hostile content is taken as data or refused with 400, never a 5xx', () => {
    const valuesFor = (v: unknown) => [...injectionsFor(v), ...wrongTypesOf(v)];
    const notString = (v: unknown) => typeof v !== 'string';

    /** Sends each variant signed, with a fresh id unless the id is the field under test; checks `expected`. */
    async function signedVariants(
      route: SignedRoute,
      freshIds: (body: Record<string, unknown>, field: string) => void,
      expected: (v: LeafVariant, res: RawResponse) => string | null,
    ): Promise<string[]> {
      const variants = leafVariants(route.body(), valuesFor);
      return mismatches(variants, async (variant) => {
        freshIds(variant.body, variant.field);
        const raw = JSON.stringify(variant.body);
        const res = await post(route.path, raw, route.sign(raw));
        const problem = expected(variant, res);
        return problem ? [`${route.name}: ${variant.field}=${JSON.stringify(variant.value)}: ${problem}`] : [];
      });
    }

    /** A 400 naming `field`, or the success status; anything else is described. */
    const either = (res: RawResponse, refusedField: string | null, success: number): string | null => {
      if (refusedField) return refusalMismatch('', res, 400, refusedField)[0] ?? null;
      return res.status === success ? null : `expected ${success}, got ${res.status} ${res.text.slice(0, 200)}`;
    };

    it('Retell webhook: 400 only when event or call.call_id is not a string', async () => {
      const found = await signedVariants(
        routePerShape()[0],
        (body, field) => {
          if (field !== 'call.call_id' && typeof body.call === 'object' && body.call !== null) {
            (body.call as Record<string, unknown>).call_id = unique('call_signed');
          }
        },
        (v, res) => {
          // A `call` that is not an object has no call_id either.
          const field =
            v.field === 'event' && notString(v.value)
              ? 'event'
              : v.field === 'call' || (v.field === 'call.call_id' && notString(v.value))
                ? 'call.call_id'
                : null;
          return either(res, field, 204);
        },
      );
      expect(found).toEqual([]);
    });

    it('Retell inbound: 400 only without a string to_number; otherwise an answer for no company', async () => {
      const found = await signedVariants(
        routePerShape()[1],
        () => undefined,
        (v, res) => {
          const toNumberGone =
            v.field === 'call_inbound' || (v.field === 'call_inbound.to_number' && notString(v.value));
          const problem = either(res, toNumberGone ? 'call_inbound.to_number' : null, 200);
          if (problem || toNumberGone) return problem;
          return typeof res.body?.call_inbound === 'object' ? null : `no call_inbound in ${res.text.slice(0, 200)}`;
        },
      );
      expect(found).toEqual([]);
    });

    it('Retell function call: always 200 with a spoken answer, never an internal error', async () => {
      const found = await signedVariants(
        routePerShape()[2],
        () => undefined,
        (_v, res) =>
          res.status === 200 &&
          typeof res.body?.ok === 'boolean' &&
          typeof res.body.message === 'string' &&
          res.body.error !== 'INTERNAL'
            ? null
            : `got ${res.status} ${res.text.slice(0, 200)}`,
      );
      expect(found).toEqual([]);
    });

    it('Cal.com webhook: 400 only when triggerEvent is not a string', async () => {
      const found = await signedVariants(
        calRoute(),
        (body, field) => {
          if (field !== 'payload.uid' && typeof body.payload === 'object' && body.payload !== null) {
            (body.payload as Record<string, unknown>).uid = unique('uid_signed');
          }
        },
        (v, res) => either(res, v.field === 'triggerEvent' && notString(v.value) ? 'triggerEvent' : null, 204),
      );
      expect(found).toEqual([]);
    });

    it('Stripe webhook: 400 only when type or id is not a string', async () => {
      const found = await signedVariants(
        stripeRoute(),
        (body, field) => {
          if (field !== 'id') body.id = unique('evt_signed');
        },
        (v, res) => either(res, ['type', 'id'].includes(v.field) && notString(v.value) ? v.field : null, 204),
      );
      expect(found).toEqual([]);
    });
  });

  it('names an unknown or traversal function with 404 once the signature holds', async () => {
    const body = (name: string) => JSON.stringify(retellFunctionCall(name, call(), {}));
    const cases: { name: string; path: string; raw: string; status: number }[] = [
      ...[...ENCODED_TRAVERSALS, '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'drop_table_companies'].map((tool) => ({
        name: `path ${tool}`,
        path: `/api/mcp/retell/functions/${tool}`,
        raw: body('check_availability'),
        status: 404,
      })),
      ...[...INJECTIONS, RAW_TRAVERSAL, ''].map((name) => ({
        name: `name ${name}`,
        path: '/api/retell/function-call',
        raw: body(name),
        status: 404,
      })),
      { name: 'raw ../ in the path', path: `/api/mcp/retell/functions/${RAW_TRAVERSAL}`, raw: body('x'), status: 404 },
    ];
    const found = await mismatches(cases, async (c) =>
      refusalMismatch(c.name, await post(c.path, c.raw, retellSigned()(c.raw)), c.status),
    );
    expect(found).toEqual([]);
  });

  it('returns stored markup and SQL verbatim: a caller named by a signed call_ended, a callback request', async () => {
    const su = apiAs(t, world.su);
    for (const [i, name] of INJECTIONS.entries()) {
      const caller = `+4915112345${String(700 + i)}`;
      const ended = {
        ...call(),
        from_number: caller,
        call_status: 'ended',
        end_timestamp: Date.now(),
        duration_ms: 60_000,
        retell_llm_dynamic_variables: { customer_name: name },
      };
      const raw = JSON.stringify(retellWebhook('call_ended', ended));
      expect((await post('/api/mcp/retell/webhook', raw, retellSigned()(raw))).status).toBe(204);
      let listed: { retellCallId: string; customer: { name: string; phone: string } | null } | undefined;
      await eventually(async () => {
        const res = await su.get(`/api/companies/${world.a.id}/calls?pageSize=100`).expect(200);
        listed = res.body.items.find((c: { retellCallId: string }) => c.retellCallId === ended.call_id);
        return !!listed?.customer;
      }, `call ${ended.call_id} listed with its customer`);
      expect(listed!.customer).toEqual(expect.objectContaining({ name, phone: caller }));

      const fnRaw = JSON.stringify(
        retellFunctionCall('request_callback', call(), { name, reason: name, preferredTime: name }),
      );
      const answer = await post('/api/mcp/retell/functions/request_callback', fnRaw, retellSigned()(fnRaw));
      expect(answer.body).toMatchObject({ ok: true, callbackId: expect.any(String) });
      const callbacks = await su.get(`/api/companies/${world.a.id}/callbacks?pageSize=100`).expect(200);
      const stored = callbacks.body.items.find((c: { id: string }) => c.id === answer.body.callbackId);
      expect(stored).toMatchObject({ name, reason: name, preferredTime: name });
    }
  });
});
