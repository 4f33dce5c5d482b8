/**
 * The sources line of an export, from the layer manifest: one entry per visible layer, in the
 * order given, "<title>: <source> (<licence>)".
 */

import type { Lang } from '../i18n/translate';
import type { ManifestLayer } from '../io/manifest';

/**
 * @example
 * sourcesFromManifest(manifest.layers, ['coca-cells', 'municipalities'], 'es');
 * // ["Coca (estimación): UNODC SIMCI … (CC BY 4.0)", "Municipios: DANE MGN … (CC BY 4.0)"]
 */
export function sourcesFromManifest(
  layers: readonly ManifestLayer[],
  visibleIds: readonly string[],
  lang: Lang,
): string[] {
  const lines = visibleIds.flatMap((id) => {
    const layer = layers.find((candidate) => candidate.id === id);
    return layer ? [`${layer.title[lang]}: ${layer.source} (${layer.licence})`] : [];
  });
  return [...new Set(lines)];
}
