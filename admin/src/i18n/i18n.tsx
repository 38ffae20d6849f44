import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Locale = 'de' | 'en';
export const LOCALES: readonly Locale[] = ['de', 'en'];

/**
 * Each feature keeps its own strings next to its code (`messages.ts`), in both languages; the type makes a key
 * missing in one language a compile error. `{name}` placeholders are filled by `t(key, { name })`.
 */
export type Messages<K extends string> = Record<Locale, Record<K, string>>;

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

const STORAGE_KEY = 'switchboard.locale';

interface LocaleState {
  locale: Locale;
  /** True once the user picked a language; until then the company's locale is the default. */
  chosen: boolean;
  setLocale(locale: Locale): void;
  /** The company's locale, applied unless the user picked one. */
  suggestLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleState | null>(null);

function isLocale(value: unknown): value is Locale {
  return value === 'de' || value === 'en';
}

function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLocale(): Locale {
  return navigator.language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const stored = storedLocale();
  const [state, setState] = useState<{ locale: Locale; chosen: boolean }>(() => ({
    locale: initial ?? stored ?? browserLocale(),
    chosen: stored !== null,
  }));

  const setLocale = useCallback((locale: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setState({ locale, chosen: true });
  }, []);
  const suggestLocale = useCallback((locale: Locale) => {
    setState((current) => (current.chosen || current.locale === locale ? current : { locale, chosen: false }));
  }, []);

  const value = useMemo(() => ({ ...state, setLocale, suggestLocale }), [state, setLocale, suggestLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside I18nProvider');
  return value;
}

export type Translate<K extends string> = (key: K, vars?: Record<string, string | number>) => string;

export function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** The translate function for a feature's messages in the current language. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const { locale } = useLocale();
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => interpolate(messages[locale][key], vars),
    [messages, locale],
  );
}
