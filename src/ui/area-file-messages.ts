/**
 * Words the problems of an area file (see `readAreaFile`) in the UI language. Every message
 * starts with the file name. Plain text: the caller renders it as text, never as HTML.
 */
import { formatNumber } from '../i18n/format-number';
import { type Lang, translate } from '../i18n/translate';
import type { AreaProblem, SkippedFeature } from '../io/read-area-file';

/**
 * @example describeAreaProblem('en', { code: 'noPolygons', file: 'a.geojson' });
 * // 'a.geojson: contains no polygons (Polygon or MultiPolygon).'
 */
export function describeAreaProblem(lang: Lang, problem: AreaProblem): string {
  const n = (value: number, digits = 0) => formatNumber(value, lang, { maximumFractionDigits: digits });
  switch (problem.code) {
    case 'tooLarge':
      return translate(lang, 'area.error.tooLarge', {
        file: problem.file,
        size: n(problem.bytes / 1e6, 1),
        limit: n(problem.limit / 1e6, 1),
      });
    case 'notJson':
      return problem.line === null
        ? translate(lang, 'area.error.notJsonNoPosition', { file: problem.file })
        : translate(lang, 'area.error.notJson', {
            file: problem.file,
            line: problem.line,
            column: problem.column ?? '?',
          });
    case 'notGeoJson':
      return translate(lang, 'area.error.notGeoJson', { file: problem.file, found: problem.found });
    case 'noPolygons':
      return translate(lang, 'area.error.noPolygons', { file: problem.file });
    case 'projected':
      return translate(lang, 'area.error.projected', {
        file: problem.file,
        feature: problem.feature,
        x: n(problem.x, 3),
        y: n(problem.y, 3),
      });
    case 'tooManyVertices':
      return translate(lang, 'area.error.tooManyVertices', {
        file: problem.file,
        vertices: n(problem.vertices),
        limit: n(problem.limit),
      });
  }
}

/**
 * @example describeSkippedFeature('en', 'a.geojson', { index: 3, reason: 'notPolygon', geometryType: 'Point' });
 * // 'a.geojson: feature 3: geometry Point is not a polygon — skipped'
 */
export function describeSkippedFeature(lang: Lang, file: string, skipped: SkippedFeature): string {
  const key =
    skipped.reason === 'notPolygon'
      ? 'area.skipped.notPolygon'
      : skipped.reason === 'noGeometry'
        ? 'area.skipped.noGeometry'
        : 'area.skipped.badCoordinates';
  return translate(lang, key, { file, index: skipped.index, type: skipped.geometryType ?? '?' });
}
