import type { Lang } from '../i18n/translate';
import { useAtlasStore } from '../state/store';
import { useT } from './use-t';
import { ZonePicker } from './ZonePicker';

export function Header() {
  const { t, lang } = useT();
  const setLang = useAtlasStore((s) => s.setLang);
  const setSourcesOpen = useAtlasStore((s) => s.setSourcesOpen);
  const setExportOpen = useAtlasStore((s) => s.setExportOpen);
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <ZonePicker />
      <div className="header-actions">
        <button
          type="button"
          onClick={() => setExportOpen(true)}
          title={t('export.openHint')}
          aria-keyshortcuts="Control+Shift+E Meta+Shift+E"
          data-testid="export-open"
        >
          {t('export.open')}
        </button>
        <button type="button" onClick={() => setSourcesOpen(true)}>
          {t('header.sources')}
        </button>
        <fieldset className="lang-switch">
          <legend className="visually-hidden">{t('header.language')}</legend>
          {(['es', 'en'] as Lang[]).map((code) => (
            <button
              key={code}
              type="button"
              aria-pressed={lang === code}
              lang={code}
              onClick={() => setLang(code)}
              data-testid={`lang-${code}`}
            >
              {code === 'es' ? 'ES' : 'EN'}
            </button>
          ))}
        </fieldset>
      </div>
    </header>
  );
}
