/** The voice tools the Retell agent is offered, sorted by name. */
export const VOICE_TOOLS = [
  'answer_question',
  'book_appointment',
  'cancel_appointment',
  'check_availability',
  'find_next_available',
  'get_opening_hours',
  'list_services',
  'query_appointment',
  'request_callback',
  'reschedule_appointment',
];
