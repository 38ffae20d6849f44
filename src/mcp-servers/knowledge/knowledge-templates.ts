/** Industries a company can start its knowledge base from (predecessor §3, KnowledgeMCPServer). */
export const INDUSTRIES = ['medical', 'beauty', 'veterinary', 'legal'] as const;
export type Industry = (typeof INDUSTRIES)[number];

export interface KnowledgeTemplate {
  id: string;
  industry: Industry;
  title: string;
  /** `{{company_name}}`, `{{phone}}`, `{{email}}`, `{{address}}` and any custom `{{key}}` are filled in. */
  content: string;
  language: 'de' | 'en';
  tags: string[];
}

/** Built-in German starting points; a document made from one is a draft until the company publishes it. */
export const KNOWLEDGE_TEMPLATES: readonly KnowledgeTemplate[] = [
  {
    id: 'medical-opening-hours',
    industry: 'medical',
    title: 'Öffnungszeiten und Sprechstunden',
    content:
      'Die Praxis {{company_name}} ist Montag bis Freitag von 8:00 bis 18:00 Uhr geöffnet. Akutsprechstunde täglich von 8:00 bis 10:00 Uhr ohne Termin. Telefonisch erreichen Sie uns unter {{phone}}.',
    language: 'de',
    tags: ['ai-context', 'öffnungszeiten'],
  },
  {
    id: 'medical-first-visit',
    industry: 'medical',
    title: 'Erster Besuch',
    content:
      'Bitte bringen Sie zum ersten Termin Ihre Versichertenkarte, einen Lichtbildausweis und vorhandene Befunde mit. Planen Sie 15 Minuten für die Anmeldung ein. Termine können bis 24 Stunden vorher kostenfrei abgesagt werden.',
    language: 'de',
    tags: ['ai-context'],
  },
  {
    id: 'beauty-services',
    industry: 'beauty',
    title: 'Leistungen und Preise',
    content:
      '{{company_name}} bietet Haarschnitt, Färben, Maniküre und Kosmetikbehandlungen an. Die aktuellen Preise nennen wir Ihnen gern am Telefon unter {{phone}}.',
    language: 'de',
    tags: ['ai-context'],
  },
  {
    id: 'beauty-cancellation',
    industry: 'beauty',
    title: 'Stornierung und Verspätung',
    content:
      'Bitte sagen Sie Termine mindestens 24 Stunden vorher ab. Bei mehr als 15 Minuten Verspätung kann die Behandlung verkürzt werden.',
    language: 'de',
    tags: [],
  },
  {
    id: 'veterinary-emergency',
    industry: 'veterinary',
    title: 'Notfälle',
    content:
      'Bei Notfällen (Vergiftung, Unfall, Atemnot) kommen Sie bitte sofort in die Tierarztpraxis {{company_name}}, {{address}}. Außerhalb der Öffnungszeiten erreichen Sie den Notdienst unter {{phone}}.',
    language: 'de',
    tags: ['ai-context'],
  },
  {
    id: 'veterinary-vaccination',
    industry: 'veterinary',
    title: 'Impfungen',
    content:
      'Bitte bringen Sie den Impfpass Ihres Tieres mit. Hunde und Katzen sollten zur Impfung gesund und entwurmt sein.',
    language: 'de',
    tags: [],
  },
  {
    id: 'legal-first-consultation',
    industry: 'legal',
    title: 'Erstberatung',
    content:
      'Die Kanzlei {{company_name}} bietet eine Erstberatung an. Bitte bringen Sie alle Unterlagen zu Ihrem Anliegen mit. Kontakt: {{email}}, {{phone}}.',
    language: 'de',
    tags: ['ai-context'],
  },
  {
    id: 'legal-fields',
    industry: 'legal',
    title: 'Rechtsgebiete',
    content: 'Wir beraten im Arbeitsrecht, Familienrecht, Mietrecht und Verkehrsrecht.',
    language: 'de',
    tags: [],
  },
];

export function findTemplate(id: string): KnowledgeTemplate | undefined {
  return KNOWLEDGE_TEMPLATES.find((t) => t.id === id);
}

/** Fills `{{key}}` placeholders; unknown ones stay, for the admin to see and edit before publishing. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}/gi, (whole, key: string) => values[key] ?? whole);
}
