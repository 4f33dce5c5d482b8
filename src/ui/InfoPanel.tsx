/**
 * Details of the selected zone, with the source of its boundaries (the manifest attribution of
 * its layer, e.g. "DANE – Marco Geoestadístico Nacional 2018"). Every value is rendered as React
 * text, never as HTML.
 */

import type { ZoneRef } from '../analysis/zone-layers';
import type { Catalog, MunicipalityInfo, ProgrammeZoneInfo } from '../state/catalog';
import { zoneBBox, zoneMembers } from '../state/catalog';
import { useAtlasStore } from '../state/store';
import { useT } from './use-t';

export function InfoPanel() {
  const { t } = useT();
  const selection = useAtlasStore((s) => s.selection);
  const catalog = useAtlasStore((s) => s.catalog);
  const select = useAtlasStore((s) => s.select);
  const flyTo = useAtlasStore((s) => s.flyTo);
  const attribution = useAtlasStore(
    (s) => s.manifest?.layers.find((layer) => layer.id === s.selection?.layer)?.attribution,
  );
  if (!selection || !catalog) return null;

  const open = (ref: ZoneRef) => {
    select(ref);
    const bbox = zoneBBox(catalog, ref);
    if (bbox) flyTo(bbox);
  };
  const body = selectionBody(catalog, selection, open);
  if (!body) return null;
  return (
    <aside className="info-panel" aria-label={body.title} data-testid="info-panel">
      <header>
        <div>
          <p className="info-kind">{t(`picker.kind.${selection.layer}`)}</p>
          <h2>{body.title}</h2>
        </div>
        <button type="button" className="close" onClick={() => select(null)} aria-label={t('info.close')}>
          ×
        </button>
      </header>
      {body.content}
      {attribution && (
        <p className="muted" data-testid="info-source">
          {t('info.source', { source: attribution })}
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          const bbox = zoneBBox(catalog, selection);
          if (bbox) flyTo(bbox);
        }}
      >
        {t('info.flyTo')}
      </button>
    </aside>
  );
}

function selectionBody(catalog: Catalog, selection: ZoneRef, open: (ref: ZoneRef) => void) {
  if (selection.layer === 'municipalities' || selection.layer === 'pilot-municipalities') {
    const municipality = catalog.municipalities.get(selection.id);
    return (
      municipality && {
        title: municipality.name,
        content: <MunicipalityDetails m={municipality} open={open} />,
      }
    );
  }
  const zones = selection.layer === 'pdet-subregions' ? catalog.pdetSubregions : catalog.zonasFuturo;
  const zone = zones.get(selection.id);
  return (
    zone && {
      title: zone.name,
      content: (
        <ZoneDetails
          zone={zone}
          catalog={catalog}
          isZonaFuturo={selection.layer === 'zonas-futuro'}
          open={open}
        />
      ),
    }
  );
}

function MunicipalityDetails({ m, open }: { m: MunicipalityInfo; open: (ref: ZoneRef) => void }) {
  const { t, n } = useT();
  const zf =
    m.zonaFuturo === null
      ? t('info.none')
      : `${m.zonaFuturo} (${m.zfVerified === true ? t('info.verified') : t('info.candidate')})`;
  return (
    <dl className="info-list">
      <dt>{t('info.department')}</dt>
      <dd>{m.department}</dd>
      <dt>{t('info.divipola')}</dt>
      <dd data-testid="info-divipola">{m.divipola}</dd>
      <dt>{t('info.pdet')}</dt>
      <dd>
        {m.pdetSubregion ? (
          <button
            type="button"
            className="link"
            onClick={() => open({ layer: 'pdet-subregions', id: m.pdetSubregion ?? '' })}
          >
            {m.pdetSubregion}
          </button>
        ) : (
          t('info.none')
        )}
      </dd>
      <dt>{t('info.zonaFuturo')}</dt>
      <dd>{zf}</dd>
      <dt>{t('info.pilot')}</dt>
      <dd>{m.pilot ? t('info.yes') : t('info.none')}</dd>
      <dt>{m.areaOfficial ? t('info.areaOfficial') : t('info.areaComputed')}</dt>
      <dd data-testid="info-area">
        {m.areaKm2 !== null
          ? t('info.areaValue', { value: n(m.areaKm2, { maximumFractionDigits: 1 }) })
          : '—'}
      </dd>
    </dl>
  );
}

function ZoneDetails({
  zone,
  catalog,
  isZonaFuturo,
  open,
}: {
  zone: ProgrammeZoneInfo;
  catalog: Catalog;
  isZonaFuturo: boolean;
  open: (ref: ZoneRef) => void;
}) {
  const { t } = useT();
  const members = zoneMembers(catalog, zone);
  return (
    <>
      <dl className="info-list">
        <dt>{t('info.municipalityCount')}</dt>
        <dd data-testid="info-member-count">{zone.municipalityCount}</dd>
        {isZonaFuturo && (
          <>
            <dt>{t('info.verifiedCount')}</dt>
            <dd>{zone.verifiedCount ?? '—'}</dd>
            <dt>{t('info.candidateCount')}</dt>
            <dd>{zone.candidateCount ?? '—'}</dd>
          </>
        )}
      </dl>
      {isZonaFuturo && <p className="note">{t('info.zfNote')}</p>}
      <h3>{t('info.members', { count: members.length })}</h3>
      <ul className="member-list">
        {members.map((m) => (
          <li key={m.divipola}>
            <button
              type="button"
              className="link"
              onClick={() => open({ layer: 'municipalities', id: m.divipola })}
            >
              {m.name}
            </button>{' '}
            <span className="muted">
              {m.department}
              {isZonaFuturo && m.zfVerified === false ? ` · ${t('info.candidate')}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
