/** Shared, deep-frozen fixtures for export tests: the Tumaco 2023 briefing composition. */
import type { Composition, DeviceLimits } from '../types';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

export const TUMACO_COMPOSITION: Composition = deepFreeze({
  title: 'Tumaco: intervenciones por pilar y coca 2023',
  subtitle: 'Nariño, Pacífico nariñense',
  legend: [
    {
      label: 'Intervenciones por pilar',
      color: '#1f77b4',
      shape: 'circle',
      classes: [
        { label: 'Vías', color: '#1f77b4' },
        { label: 'Salud rural', color: '#d62728' },
      ],
    },
    {
      label: 'Coca (ha)',
      color: '#2ca02c',
      shape: 'fill',
      classes: [
        { label: '0–100', color: '#c7e9c0' },
        { label: '100–1.000', color: '#41ab5d' },
      ],
    },
    { label: 'Límite municipal', color: '#444444', shape: 'line' },
    { label: 'Zona Futuro', color: '#ff7f0e', shape: 'dashed-fill' },
  ],
  filters: ['Año: 2023', 'Pilar: todos'],
  dataYear: '2023',
  sources: ['UNODC SIMCI 2023 (CC BY 4.0)', 'DANE MGN (CC BY 4.0)', 'Intervenciones: datos de muestra'],
  exportDate: '2026-11-28T04:30:00Z',
  lang: 'es',
  sampleStamp: true,
  metersPerPixel: 38.2,
  bearing: 30,
} satisfies Composition);

/** Chrome-like desktop limits. */
export const DESKTOP_LIMITS: DeviceLimits = deepFreeze({
  maxCanvasSize: [16384, 16384],
  maxRenderbufferSize: 16384,
  maxTextureSize: 16384,
  maxCanvasArea: 16384 * 16384,
} satisfies DeviceLimits);
