import request from 'supertest';
import type { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import type { ToolPrincipal } from 'src/orchestrator/tool.types';
import { login, seedCompany, seedUser } from 'test/support/seed';
import { startTestApp, TEST_ADMIN, TestApp } from 'test/support/test-app';

interface Hit {
  id: string;
  title: string;
  score: number;
  snippet: string;
}

describe('knowledge base (e2e)', () => {
  let t: TestApp;
  let su: string;
  let ops: string;
  let adminA: string;
  let adminB: string;
  let a: Company;
  let b: Company;

  const api = (token: string) => ({
    get: (path: string) => request(t.url).get(path).auth(token, { type: 'bearer' }),
    post: (path: string, body: object) => request(t.url).post(path).auth(token, { type: 'bearer' }).send(body),
    patch: (path: string, body: object) => request(t.url).patch(path).auth(token, { type: 'bearer' }).send(body),
    del: (path: string) => request(t.url).delete(path).auth(token, { type: 'bearer' }),
  });
  const kb = (company: Company) => `/api/companies/${company.id}/knowledge`;
  const principalOf = (company: Company): ToolPrincipal => ({
    kind: 'user',
    id: `admin-${company.id}`,
    role: 'company_admin',
    companyId: company.id,
  });
  const search = async (company: Company, query: string): Promise<Hit[]> =>
    (
      await t.app
        .get(McpOrchestrator)
        .execute<{ items: Hit[] }>('knowledge', 'search', { query }, { principal: principalOf(company) })
    ).items;
  const create = async (company: Company, body: object, token = su): Promise<string> =>
    (
      await api(token)
        .post(kb(company), { status: 'published', ...body })
        .expect(201)
    ).body.id;

  let opening: string;
  let parking: string;
  let cleaning: string;
  let draft: string;

  beforeAll(async () => {
    t = await startTestApp();
    su = (await login(t, TEST_ADMIN.email, TEST_ADMIN.password)).token;
    a = await seedCompany(t.dataSource, 'Zahnarztpraxis A');
    b = await seedCompany(t.dataSource, 'Praxis B');
    await seedUser(t.dataSource, {
      email: 'admin@a.test',
      password: 'password-of-a-1',
      role: 'company_admin',
      companyId: a.id,
    });
    await seedUser(t.dataSource, {
      email: 'admin@b.test',
      password: 'password-of-b-1',
      role: 'company_admin',
      companyId: b.id,
    });
    await seedUser(t.dataSource, { email: 'ops@x.test', password: 'password-of-ops', role: 'ops' });
    adminA = (await login(t, 'admin@a.test', 'password-of-a-1')).token;
    adminB = (await login(t, 'admin@b.test', 'password-of-b-1')).token;
    ops = (await login(t, 'ops@x.test', 'password-of-ops')).token;

    opening = await create(a, {
      title: 'Öffnungszeiten',
      content: 'Wir sind Montag bis Freitag von 8 bis 18 Uhr für Sie da. Samstags nach Vereinbarung.',
    });
    parking = await create(a, {
      title: 'Anfahrt',
      content:
        'Die Praxis liegt am Marktplatz, gegenüber der Apotheke. Mit der U-Bahn bis Rathaus, dann zwei Minuten zu Fuß. ' +
        'Ein Parkhaus ist in der Nähe. Der Eingang ist barrierefrei.',
    });
    await create(a, {
      title: 'Parkhaus',
      content: 'Das Parkhaus am Markt hat 200 Stellplätze und ist rund um die Uhr offen.',
    });
    cleaning = await create(a, {
      title: 'Professionelle Zahnreinigung',
      content: 'Die Zahnreinigung dauert etwa 45 Minuten und wird von unserer Prophylaxe-Assistentin durchgeführt.',
    });
    draft = await create(a, {
      title: 'Urlaub',
      content: 'Geheimer Entwurf: Die Praxis schließt im August.',
      status: 'draft',
    });
    await create(b, { title: 'Öffnungszeiten', content: 'Praxis B hat nur dienstags geöffnet. Zahnreinigung auch.' });
  });
  afterAll(() => t.close());

  it('ranks a document whose title matches above one that mentions the word once', async () => {
    const hits = await search(a, 'Parkhaus');
    expect(hits.map((h) => h.title).slice(0, 2)).toEqual(['Parkhaus', 'Anfahrt']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
    expect(hits[1].id).toBe(parking);
    expect(hits[1].snippet).toContain('<mark>Parkhaus</mark>');
  });

  it('finds "Öffnungszeiten" for "oeffnungszeiten" and "öffnungszeit"', async () => {
    for (const query of ['oeffnungszeiten', 'öffnungszeit', 'Öffnungszeiten']) {
      const hits = await search(a, query);
      expect(hits.map((h) => h.id)).toContain(opening);
      expect(hits[0].id).toBe(opening);
    }
  });

  it('finds a document about "Zahnreinigung" for the query "Reinigung" (trigram beside the stemmer)', async () => {
    const hits = await search(a, 'Reinigung');
    expect(hits[0]?.id).toBe(cleaning);
    expect(hits[0].snippet).toMatch(/<mark>reinigung<\/mark>/i);
  });

  it("never returns drafts or another company's documents", async () => {
    expect(await search(a, 'Urlaub')).toEqual([]);
    expect(await search(a, 'August')).toEqual([]);
    const bHits = await search(b, 'Zahnreinigung');
    expect(bHits.map((h) => h.title)).toEqual(['Öffnungszeiten']);
    expect((await search(a, 'dienstags')).length).toBe(0);
    // A company admin cannot search another company's knowledge through the tool either.
    await expect(
      t.app
        .get(McpOrchestrator)
        .execute('knowledge', 'search', { query: 'x' }, { principal: principalOf(a), companyId: b.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The portal search includes drafts of the own company only.
    const portal = await api(adminA)
      .get(`${kb(a)}/search?q=Urlaub`)
      .expect(200);
    expect(portal.body.items.map((h: { id: string }) => h.id)).toEqual([draft]);
    await api(adminB)
      .get(`${kb(a)}/search?q=Urlaub`)
      .expect(403);
    const published = await api(adminA)
      .get(`${kb(a)}/search?q=Urlaub&status=published`)
      .expect(200);
    expect(published.body.items).toEqual([]);
  });

  it('publishing a draft makes it searchable at once (the cached search is invalidated)', async () => {
    expect(await search(a, 'Urlaub')).toEqual([]);
    await api(adminA)
      .patch(`${kb(a)}/${draft}`, { status: 'published' })
      .expect(200);
    expect((await search(a, 'Urlaub')).map((h) => h.id)).toEqual([draft]);
    await api(adminA)
      .patch(`${kb(a)}/${draft}`, { status: 'draft' })
      .expect(200);
    expect(await search(a, 'Urlaub')).toEqual([]);
  });

  it('context_for_call returns the relevant passages within the budget', async () => {
    const orchestrator = t.app.get(McpOrchestrator);
    const ctx = await orchestrator.execute<{ passages: { documentId: string; text: string }[]; chars: number }>(
      'knowledge',
      'context_for_call',
      { question: 'Wie lange dauert eine Zahnreinigung?', maxChars: 300 },
      { principal: principalOf(a) },
    );
    expect(ctx.passages[0].documentId).toBe(cleaning);
    expect(ctx.chars).toBeLessThanOrEqual(300);
    expect(ctx.passages.map((p) => p.documentId)).not.toContain(draft);
    const standing = await orchestrator.execute<{ passages: { documentId: string }[]; chars: number }>(
      'knowledge',
      'context_for_call',
      { maxChars: 200 },
      { principal: principalOf(b) },
    );
    expect(standing.passages).toHaveLength(1);
    expect(standing.chars).toBeLessThanOrEqual(200);
  });

  it('CRUD with versions, roles and audit', async () => {
    const created = await api(adminA).post(kb(a), { title: 'Hunde', content: 'Hunde sind erlaubt.' }).expect(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, language: 'de', tags: [] });
    const id: string = created.body.id;
    await api(ops).post(kb(a), { title: 'x', content: 'y' }).expect(403);
    await api(adminB).post(kb(a), { title: 'x', content: 'y' }).expect(403);
    await api(adminA).post(kb(a), { title: '', content: 'y' }).expect(400);

    // A status change alone keeps the version; a content change makes a new one.
    expect(
      (
        await api(adminA)
          .patch(`${kb(a)}/${id}`, { status: 'published' })
          .expect(200)
      ).body.version,
    ).toBe(1);
    expect(
      (
        await api(adminA)
          .patch(`${kb(a)}/${id}`, { content: 'Hunde an der Leine.' })
          .expect(200)
      ).body.version,
    ).toBe(2);
    await api(ops)
      .patch(`${kb(a)}/${id}`, { content: 'ops' })
      .expect(403);

    const detail = await api(ops)
      .get(`${kb(a)}/${id}`)
      .expect(200);
    expect(detail.body).toMatchObject({ content: 'Hunde an der Leine.', version: 2, status: 'published' });
    expect(detail.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    await api(adminB)
      .get(`${kb(a)}/${id}`)
      .expect(403);
    await api(adminB)
      .get(`${kb(b)}/${id}`)
      .expect(404);

    const list = await api(adminA)
      .get(`${kb(a)}?status=draft`)
      .expect(200);
    expect(list.body.items.map((d: { id: string }) => d.id)).toEqual([draft]);
    expect((await api(ops).get(kb(a)).expect(200)).body.total).toBe(6);

    await api(ops)
      .del(`${kb(a)}/${id}`)
      .expect(403);
    await api(adminA)
      .del(`${kb(a)}/${id}`)
      .expect(204);
    await api(adminA)
      .get(`${kb(a)}/${id}`)
      .expect(404);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM knowledge_document_versions WHERE document_id = $1`,
      [id],
    );
    expect(count).toBe(0);

    const audit = await t.dataSource.query(
      `SELECT action, actor_label, before, after FROM audit_log WHERE target_id = $1 ORDER BY created_at, id`,
      [id],
    );
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'knowledge.create',
      'knowledge.update',
      'knowledge.update',
      'knowledge.delete',
    ]);
    expect(audit[0].actor_label).toBe('admin@a.test');
    expect(audit[2].before).toMatchObject({ version: 1 });
    expect(audit[2].after).toMatchObject({ version: 2 });
    expect(audit[3].after).toBeNull();
  });

  it('lists templates per industry and creates a draft from one', async () => {
    const all = await api(ops).get('/api/knowledge/templates').expect(200);
    expect(new Set(all.body.map((t: { industry: string }) => t.industry))).toEqual(
      new Set(['medical', 'beauty', 'veterinary', 'legal']),
    );
    const vet = await api(adminA).get('/api/knowledge/templates?industry=veterinary').expect(200);
    expect(vet.body.every((t: { industry: string }) => t.industry === 'veterinary')).toBe(true);
    await api(adminA).get('/api/knowledge/templates?industry=plumbing').expect(400);

    const doc = await api(adminA)
      .post(`${kb(a)}/from-template`, { templateId: 'medical-opening-hours', values: { phone: '030 1234567' } })
      .expect(201);
    expect(doc.body).toMatchObject({ status: 'draft', version: 1 });
    expect(doc.body.content).toContain('Zahnarztpraxis A');
    expect(doc.body.content).toContain('030 1234567');
    await api(adminA)
      .post(`${kb(a)}/from-template`, { templateId: 'nope' })
      .expect(404);
    await api(ops)
      .post(`${kb(a)}/from-template`, { templateId: 'medical-opening-hours' })
      .expect(403);
    // A draft from a template does not reach callers.
    expect((await search(a, 'Akutsprechstunde')).length).toBe(0);
  });
});
