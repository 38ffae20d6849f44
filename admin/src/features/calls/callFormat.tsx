import { Badge } from '@mantine/core';
import type { components } from '../../api/schema';
import type { Translate } from '../../i18n/i18n';
import type { CallsKey } from './messages';

export type CallSummary = components['schemas']['CallSummaryDto'];
export type CallDetail = components['schemas']['CallDetailDto'];
export type CallStatus = CallSummary['status'];

export const CALL_STATUSES: CallStatus[] = ['registered', 'ongoing', 'ended', 'not_connected', 'error'];

const statusColors: Record<CallStatus, string> = {
  registered: 'gray',
  ongoing: 'blue',
  ended: 'teal',
  not_connected: 'yellow',
  error: 'red',
};

export function CallStatusBadge({ status, t }: { status: CallStatus; t: Translate<CallsKey> }) {
  return (
    <Badge color={statusColors[status]} variant="light" miw="fit-content">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The other party's number: the caller of an inbound call, the one called of an outbound one. */
export function callerNumber(call: CallSummary): string | null {
  return call.customer?.phone ?? (call.direction === 'outbound' ? call.toNumber : call.fromNumber);
}

/** The caller's name as plain text (user data: never HTML), else their number, else "unknown". */
export function callerLabel(call: CallSummary, t: Translate<CallsKey>): string {
  return call.customer?.name || callerNumber(call) || t('unknownCaller');
}
