import { en, es, type MessageKey } from './dictionary';

export type Lang = 'es' | 'en';

const dictionaries: Record<Lang, Record<MessageKey, string>> = { es, en };

/**
 * Looks up a UI string and fills `{placeholders}` with plain text (never HTML).
 *
 * @example translate('en', 'info.areaValue', { value: '1.234,5' }) // '1.234,5 km²'
 */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
