import { defineMessages } from '../../i18n/i18n';

export const messages = defineMessages({
  en: {
    title: 'Data protection',
    description:
      "How long callers' personal data is kept, and a caller's right to a copy of their data or its erasure (GDPR Art. 15 and 17).",
    retentionTitle: 'Retention',
    retentionDays: 'Keep personal data for (days)',
    retentionHint:
      'Every night, older calls lose their transcript, recording, summary and analysis; stored webhooks and callback requests lose their personal content. Times, durations and costs stay for billing.',
    retentionInvalid: 'Enter a whole number of days between 1 and 3650.',
    retentionSaved: 'Personal data is now kept for {days} days.',
    save: 'Save',
    callerTitle: "A caller's data",
    callerHint:
      'Find the caller by name or phone number, then download everything Switchboard stores about them, or erase it.',
    search: 'Name or phone number',
    searchPlaceholder: 'e.g. Schmidt or 0151 1234567',
    searchTooShort: 'Type at least 2 characters.',
    noCallers: 'No caller matches "{q}"',
    noCallersHint: 'Try part of the name or the last digits of the number. Callers are recorded when they call.',
    name: 'Name',
    phone: 'Phone',
    email: 'E-mail',
    since: 'Known since',
    unnamed: 'No name',
    export: 'Export',
    exportLabel: 'Export data of {caller}',
    exported: 'The data of {caller} was downloaded as {file}.',
    exportTitle: 'Export',
    erase: 'Erase',
    eraseLabel: 'Erase data of {caller}',
    eraseTitle: 'Erase all data of {caller}?',
    eraseIntro: 'This cannot be undone. Switchboard will:',
    eraseCustomer: 'delete the caller record (name, number, e-mail, notes);',
    eraseCalls: "clear each of their calls' transcript, recording, summary, analysis, variables and caller number;",
    eraseAppointments: 'clear the notes and caller link of their appointments (the time slots stay in the calendar);',
    eraseCallbacks: 'clear name, number, reason and preferred time of their callback requests;',
    eraseWebhooks: 'replace the content of stored webhooks about them with "purged".',
    eraseKept:
      "Kept for billing: each call's time, duration, cost and status, and the balance transactions. The booking at Cal.com is not touched: erase it there if needed.",
    eraseConfirm: 'Erase permanently',
    erased:
      'Erased: {calls} calls, {appointments} appointments, {callbackRequests} callback requests and {webhookEvents} webhooks cleared.',
    results: 'Callers found',
  },
  de: {
    title: 'Datenschutz',
    description:
      'Wie lange personenbezogene Daten von Anrufern gespeichert werden, und das Recht eines Anrufers auf Auskunft oder Löschung (DSGVO Art. 15 und 17).',
    retentionTitle: 'Aufbewahrung',
    retentionDays: 'Personenbezogene Daten aufbewahren (Tage)',
    retentionHint:
      'Jede Nacht verlieren ältere Anrufe Transkript, Aufzeichnung, Zusammenfassung und Analyse; gespeicherte Webhooks und Rückrufwünsche verlieren ihre personenbezogenen Inhalte. Zeiten, Dauer und Kosten bleiben für die Abrechnung erhalten.',
    retentionInvalid: 'Geben Sie eine ganze Zahl von Tagen zwischen 1 und 3650 ein.',
    retentionSaved: 'Personenbezogene Daten werden jetzt {days} Tage aufbewahrt.',
    save: 'Speichern',
    callerTitle: 'Daten eines Anrufers',
    callerHint:
      'Suchen Sie den Anrufer nach Name oder Telefonnummer und laden Sie dann alles herunter, was Switchboard über ihn speichert, oder löschen Sie es.',
    search: 'Name oder Telefonnummer',
    searchPlaceholder: 'z. B. Schmidt oder 0151 1234567',
    searchTooShort: 'Geben Sie mindestens 2 Zeichen ein.',
    noCallers: 'Kein Anrufer passt zu „{q}“',
    noCallersHint:
      'Versuchen Sie einen Teil des Namens oder die letzten Ziffern der Nummer. Anrufer werden erfasst, wenn sie anrufen.',
    name: 'Name',
    phone: 'Telefon',
    email: 'E-Mail',
    since: 'Bekannt seit',
    unnamed: 'Kein Name',
    export: 'Exportieren',
    exportLabel: 'Daten von {caller} exportieren',
    exported: 'Die Daten von {caller} wurden als {file} heruntergeladen.',
    exportTitle: 'Export',
    erase: 'Löschen',
    eraseLabel: 'Daten von {caller} löschen',
    eraseTitle: 'Alle Daten von {caller} löschen?',
    eraseIntro: 'Das lässt sich nicht rückgängig machen. Switchboard wird:',
    eraseCustomer: 'den Anrufer-Datensatz löschen (Name, Nummer, E-Mail, Notizen);',
    eraseCalls:
      'bei allen seinen Anrufen Transkript, Aufzeichnung, Zusammenfassung, Analyse, Variablen und Anrufernummer leeren;',
    eraseAppointments: 'Notizen und Anruferbezug seiner Termine leeren (die Zeitfenster bleiben im Kalender);',
    eraseCallbacks: 'Name, Nummer, Anliegen und Wunschzeit seiner Rückrufwünsche leeren;',
    eraseWebhooks: 'den Inhalt gespeicherter Webhooks über ihn durch „gelöscht“ ersetzen.',
    eraseKept:
      'Für die Abrechnung bleiben erhalten: Zeit, Dauer, Kosten und Status jedes Anrufs sowie die Guthabenbuchungen. Die Buchung bei Cal.com bleibt unberührt: Löschen Sie sie bei Bedarf dort.',
    eraseConfirm: 'Endgültig löschen',
    erased:
      'Gelöscht: {calls} Anrufe, {appointments} Termine, {callbackRequests} Rückrufwünsche und {webhookEvents} Webhooks geleert.',
    results: 'Gefundene Anrufer',
  },
});
