export type Locale = 'de' | 'en';

/** What the agent says, per language. Slots arrive already spoken (`morgen um 14 Uhr`). */
export const MESSAGES = {
  de: {
    askDate: 'Für welchen Tag wünschen Sie den Termin?',
    askTime: 'Um welche Uhrzeit hätten Sie den Termin gern?',
    askName: 'Auf welchen Namen darf ich den Termin eintragen?',
    askPhone: 'Unter welcher Telefonnummer erreichen wir Sie?',
    askWhichAppointment: (list: string) => `Sie haben mehrere Termine: ${list}. Welchen meinen Sie?`,
    pastDate: 'Dieser Zeitpunkt liegt in der Vergangenheit. Welcher Tag passt Ihnen?',
    unknownService: (list: string) => `Diese Leistung habe ich nicht gefunden. Wir bieten an: ${list}.`,
    unknownStaff: 'Diese Person habe ich nicht gefunden. Soll ich bei jemand anderem nachsehen?',
    noOnlineBooking: 'Für diese Leistung kann ich leider keinen Termin eintragen. Die Praxis ruft Sie gern zurück.',
    available: (slot: string) => `${cap(slot)} ist frei. Soll ich den Termin für Sie eintragen?`,
    taken: (slot: string, alternatives: string) =>
      alternatives
        ? `${cap(slot)} ist leider schon vergeben. Ich kann Ihnen ${alternatives} anbieten.`
        : `${cap(slot)} ist leider schon vergeben, und in den nächsten Tagen ist nichts mehr frei.`,
    dayFree: (slots: string) => `Frei sind zum Beispiel ${slots}. Welcher Termin passt Ihnen?`,
    dayFull: (alternatives: string) =>
      alternatives
        ? `An diesem Tag ist leider nichts mehr frei. Ich kann Ihnen ${alternatives} anbieten.`
        : 'An diesem Tag und in den nächsten Tagen ist leider nichts mehr frei.',
    nextFree: (slots: string) => `Der nächste freie Termin ist ${slots}.`,
    noneFree: 'In den nächsten Wochen ist leider kein Termin frei. Die Praxis ruft Sie gern zurück.',
    booked: (slot: string) => `Vielen Dank, Ihr Termin ist eingetragen: ${slot}.`,
    rescheduled: (slot: string) => `Ihr Termin ist verschoben auf ${slot}.`,
    cancelled: (slot: string) => `Ihr Termin ${slot} ist abgesagt.`,
    noAppointment: 'Unter Ihrer Nummer habe ich keinen anstehenden Termin gefunden.',
    appointments: (list: string) => `Ihre nächsten Termine: ${list}.`,
    services: (list: string) => `Wir bieten an: ${list}.`,
    noServices: 'Dazu habe ich leider keine Liste der Leistungen.',
    openingHours: (hours: string) => `Unsere Öffnungszeiten: ${hours}`,
    openOnDay: (day: string, hours: string) => `${cap(day)} haben wir von ${hours} geöffnet.`,
    closedOnDay: (day: string) => `${cap(day)} haben wir geschlossen.`,
    noAnswer: 'Das kann ich leider nicht beantworten. Die Praxis ruft Sie gern zurück.',
    callbackRecorded: 'Gern, die Praxis ruft Sie so bald wie möglich zurück.',
    fallback: 'Ich komme gerade leider nicht an den Kalender. Die Praxis ruft Sie so bald wie möglich zurück.',
    notConfigured: 'Diese Rufnummer ist bei uns noch nicht eingerichtet.',
    error: 'Da ist leider etwas schiefgegangen. Die Praxis ruft Sie gern zurück.',
    or: 'oder',
  },
  en: {
    askDate: 'Which day would you like the appointment on?',
    askTime: 'What time would suit you?',
    askName: 'What name may I put the appointment under?',
    askPhone: 'Which phone number can we reach you on?',
    askWhichAppointment: (list: string) => `You have several appointments: ${list}. Which one do you mean?`,
    pastDate: 'That time is in the past. Which day would suit you?',
    unknownService: (list: string) => `I could not find that service. We offer: ${list}.`,
    unknownStaff: 'I could not find that person. Shall I look with someone else?',
    noOnlineBooking: 'I cannot book that service myself, but we will gladly call you back.',
    available: (slot: string) => `${cap(slot)} is free. Shall I book it for you?`,
    taken: (slot: string, alternatives: string) =>
      alternatives
        ? `${cap(slot)} is already taken. I can offer you ${alternatives}.`
        : `${cap(slot)} is already taken, and nothing is free in the next days.`,
    dayFree: (slots: string) => `Free are for example ${slots}. Which one suits you?`,
    dayFull: (alternatives: string) =>
      alternatives
        ? `That day is fully booked. I can offer you ${alternatives}.`
        : 'That day and the next days are fully booked.',
    nextFree: (slots: string) => `The next free appointment is ${slots}.`,
    noneFree: 'Nothing is free in the next weeks, but we will gladly call you back.',
    booked: (slot: string) => `Thank you, your appointment is booked: ${slot}.`,
    rescheduled: (slot: string) => `Your appointment is moved to ${slot}.`,
    cancelled: (slot: string) => `Your appointment ${slot} is cancelled.`,
    noAppointment: 'I found no upcoming appointment under your number.',
    appointments: (list: string) => `Your next appointments: ${list}.`,
    services: (list: string) => `We offer: ${list}.`,
    noServices: 'I have no list of services for that, sorry.',
    openingHours: (hours: string) => `Our opening hours: ${hours}`,
    openOnDay: (day: string, hours: string) => `${cap(day)} we are open ${hours}.`,
    closedOnDay: (day: string) => `${cap(day)} we are closed.`,
    noAnswer: 'I cannot answer that, but we will gladly call you back.',
    callbackRecorded: 'Of course, we will call you back as soon as possible.',
    fallback: 'I cannot reach the calendar right now. We will call you back as soon as possible.',
    notConfigured: 'This number is not set up with us yet.',
    error: 'Something went wrong, sorry. We will gladly call you back.',
    or: 'or',
  },
} as const;

export type Messages = (typeof MESSAGES)[Locale];

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
