/**
 * The live preview of an export on the map: over `.map-area` (pointer-events none), the outer
 * rectangle has the output's aspect ratio and the inner one is exactly the map the image will hold
 * (same centre and zoom as the screen, `layout.mapCss` CSS pixels). Outside the map it is shaded.
 * When that map is larger than the screen's, a banner says so (the dialog offers a scale that fits).
 */

/** The scale (output px per CSS px) at which the export's map fits inside `area`, 5 % margin. */
export function scaleToFit(layout: Layout, area: { width: number; height: number }): number {
  const needed = Math.max(layout.map.width / (area.width * 0.95), layout.map.height / (area.height * 0.95));
  return Math.ceil(needed * 20) / 20;
}

import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Layout } from '../../export/layout';
import { useT } from '../use-t';

function useElementSize(element: Element | null) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    if (!element) return;
    const update = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return size;
}

export function ExportFrame({ layout }: { layout: Layout }) {
  const { t } = useT();
  const [host, setHost] = useState<Element | null>(null);
  useEffect(() => setHost(document.querySelector('.map-area')), []);
  const area = useElementSize(host);
  if (!host || !area) return null;
  const ratio = layout.pixelRatio;
  const map = { width: layout.mapCss.width, height: layout.mapCss.height };
  const mapLeft = (area.width - map.width) / 2;
  const mapTop = (area.height - map.height) / 2;
  const outer = {
    left: mapLeft - layout.map.x / ratio,
    top: mapTop - layout.map.y / ratio,
    width: layout.output.width / ratio,
    height: layout.output.height / ratio,
  };
  const larger = map.width > area.width || map.height > area.height;
  return createPortal(
    <div
      className="export-frame"
      data-testid="export-frame"
      data-map-css={`${map.width}x${map.height}`}
      aria-hidden="true"
    >
      <div className="export-frame-output" style={outer} />
      <div className="export-frame-map" style={{ left: mapLeft, top: mapTop, ...map }}>
        <span className="export-frame-label">{t('export.frame')}</span>
      </div>
      {larger && (
        <p className="export-frame-larger" data-testid="export-frame-larger">
          {t('export.frameLarger', { width: map.width, height: map.height })}
        </p>
      )}
    </div>,
    host,
  );
}
