import { useCallback } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import { formatNumber } from '../i18n/format-number';
import { translate } from '../i18n/translate';
import { useAtlasStore } from '../state/store';

/** The translate function and number formatter for the current language. */
export function useT() {
  const lang = useAtlasStore((s) => s.lang);
  const t = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
    [lang],
  );
  const n = useCallback(
    (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, lang, options),
    [lang],
  );
  return { t, n, lang };
}
