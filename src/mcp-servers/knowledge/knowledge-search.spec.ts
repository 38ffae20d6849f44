import { escapeHtml, fold, trigramSnippet } from './knowledge-search.service';
import { fillTemplate, INDUSTRIES, KNOWLEDGE_TEMPLATES } from './knowledge-templates';
import { clip } from './knowledge.mcp-server';

describe('knowledge search helpers', () => {
  it('folds umlauts and ß the way the trigram index does', () => {
    expect(fold('Öffnungszeiten')).toBe('oeffnungszeiten');
    expect(fold('Grüße aus Ärzte-Haus')).toBe('gruesse aus aerzte-haus');
  });

  it('marks a trigram-only hit in the snippet, any umlaut spelling, HTML escaped', () => {
    expect(trigramSnippet('Die <b>Zahnreinigung</b> dauert', 'Reinigung')).toBe(
      'Die &lt;b&gt;Zahn<mark>reinigung</mark>&lt;/b&gt; dauert',
    );
    expect(trigramSnippet('Unsere Öffnungszeiten', 'oeffnungszeiten')).toBe('Unsere <mark>Öffnungszeiten</mark>');
    expect(trigramSnippet('nichts', 'xyz')).toBe('nichts');
    expect(escapeHtml('"a" & <b>')).toBe('&quot;a&quot; &amp; &lt;b&gt;');
  });

  it('clips at a word boundary within the budget', () => {
    expect(clip('kurz', 10)).toBe('kurz');
    const clipped = clip('eins zwei drei vier fünf sechs', 16);
    expect(clipped.length).toBeLessThanOrEqual(16);
    expect(clipped).toBe('eins zwei drei…');
  });
});

describe('knowledge templates', () => {
  it('covers every industry with unique ids', () => {
    expect(new Set(KNOWLEDGE_TEMPLATES.map((t) => t.industry))).toEqual(new Set(INDUSTRIES));
    expect(new Set(KNOWLEDGE_TEMPLATES.map((t) => t.id)).size).toBe(KNOWLEDGE_TEMPLATES.length);
  });

  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('{{company_name}}: {{ phone }} {{fax}}', { company_name: 'Praxis', phone: '030' })).toBe(
      'Praxis: 030 {{fax}}',
    );
  });
});
