import { defineMessages } from '../../i18n/i18n';

export const messages = defineMessages({
  en: {
    title: 'Retell tool definitions',
    description: 'The custom functions your Retell agent calls to check availability, book and answer questions.',
    howTitle: 'Where to paste them',
    how1: 'In the Retell dashboard, open your agent and go to its "Functions" (tools) section.',
    how2: 'Add a "Custom Function" per tool below, or import the whole list if your Retell setup accepts JSON.',
    how3: "No extra header is needed: Switchboard checks Retell's signature with the Retell API key stored on the integrations page. Repeat this for the agent of each branch.",
    copyAll: 'Copy all tools as JSON',
    copiedAll: 'All tools copied',
    copyTool: 'Copy {name}',
    timeout: 'Timeout {ms} ms',
    parameters: 'Parameters',
    empty: 'No tools available',
    emptyHint: 'The tool list is empty. Contact the Switchboard operators.',
    count: '{count} tools',
  },
  de: {
    title: 'Retell-Tool-Definitionen',
    description:
      'Die eigenen Funktionen, die Ihr Retell-Agent aufruft, um freie Termine zu prüfen, zu buchen und Fragen zu beantworten.',
    howTitle: 'Wo Sie sie einfügen',
    how1: 'Öffnen Sie im Retell-Dashboard Ihren Agenten und dort den Bereich „Functions“ (Tools).',
    how2: 'Legen Sie für jedes Tool unten eine „Custom Function“ an, oder importieren Sie die ganze Liste, wenn Ihr Retell-Setup JSON annimmt.',
    how3: 'Ein zusätzlicher Header ist nicht nötig: Switchboard prüft die Signatur von Retell mit dem Retell-API-Schlüssel von der Seite „Integrationen“. Wiederholen Sie das für den Agenten jedes Standorts.',
    copyAll: 'Alle Tools als JSON kopieren',
    copiedAll: 'Alle Tools kopiert',
    copyTool: '{name} kopieren',
    timeout: 'Zeitlimit {ms} ms',
    parameters: 'Parameter',
    empty: 'Keine Tools verfügbar',
    emptyHint: 'Die Tool-Liste ist leer. Wenden Sie sich an die Switchboard-Betreiber.',
    count: '{count} Tools',
  },
});
