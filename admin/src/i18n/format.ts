import type { Locale } from './i18n';

/** Formatting in the UI language; times in the given zone (a branch's or company's), else the browser's. */
const tags: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

export function formatDateTime(value: string | number | Date | null | undefined, locale: Locale, timeZone?: string) {
  if (value === null || value === undefined || value === '') return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

export function formatTime(value: string | number | Date, locale: Locale, timeZone?: string) {
  return new Intl.DateTimeFormat(tags[locale], { hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(value),
  );
}

export function formatNumber(value: number, locale: Locale, digits = 0) {
  return new Intl.NumberFormat(tags[locale], { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(ratio: number, locale: Locale, digits = 1) {
  return new Intl.NumberFormat(tags[locale], { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

export function formatMoney(cents: number, currency: string, locale: Locale) {
  return new Intl.NumberFormat(tags[locale], { style: 'currency', currency: currency.toUpperCase() }).format(
    cents / 100,
  );
}

/** 850 → "850 ms", 2500 → "2.5 s", 95000 → "1:35 min". */
export function formatDuration(ms: number, locale: Locale) {
  if (ms < 1000) return `${formatNumber(ms, locale)} ms`;
  if (ms < 60_000) return `${formatNumber(ms / 1000, locale, 1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} min`;
}
