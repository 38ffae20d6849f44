import { attendeePhoneOf, parseCalcomBooking } from './calcom-events.processor';

describe('parseCalcomBooking', () => {
  it('reads a BOOKING_RESCHEDULED payload: the new uid, the replaced one and both start times', () => {
    expect(
      parseCalcomBooking({
        uid: 'new-uid',
        rescheduleUid: 'old-uid',
        eventTypeId: 7,
        startTime: '2050-09-06T09:00:00Z',
        endTime: '2050-09-06T09:30:00Z',
        rescheduleStartTime: '2050-09-05T09:00:00.000Z',
        status: 'ACCEPTED',
      }),
    ).toEqual({
      uid: 'new-uid',
      previousUid: 'old-uid',
      eventTypeId: 7,
      startsAt: new Date('2050-09-06T09:00:00Z'),
      endsAt: new Date('2050-09-06T09:30:00Z'),
      previousStartsAt: new Date('2050-09-05T09:00:00Z'),
      attendeePhone: null,
    });
  });

  it('is null without a uid; bad times and event types read as unknown', () => {
    expect(parseCalcomBooking({ startTime: '2050-09-06T09:00:00Z' })).toBeNull();
    expect(parseCalcomBooking(null)).toBeNull();
    expect(parseCalcomBooking({ uid: 'u', eventTypeId: '7', startTime: 'soon', endTime: 42 })).toMatchObject({
      uid: 'u',
      eventTypeId: null,
      startsAt: null,
      endsAt: null,
    });
  });
});

describe('attendeePhoneOf', () => {
  it('prefers the attendeePhoneNumber response (webhook {label, value} or plain) and normalises it', () => {
    const attendees = [{ name: 'Ana', phoneNumber: '+4915199999999' }];
    expect(attendeePhoneOf({ responses: { attendeePhoneNumber: { value: '+49 151 1234 5678' } }, attendees })).toBe(
      '+4915112345678',
    );
    expect(attendeePhoneOf({ responses: { attendeePhoneNumber: '0049 151 12345678' } })).toBe('+4915112345678');
  });

  it("falls back to the attendees' phoneNumber, skipping what is not a number", () => {
    expect(attendeePhoneOf({ responses: { attendeePhoneNumber: { value: '' } }, attendees: [{}, 'x'] })).toBeNull();
    expect(attendeePhoneOf({ attendees: [{ phoneNumber: 'call me' }, { phoneNumber: '+351 912 345 678' }] })).toBe(
      '+351912345678',
    );
  });
});
