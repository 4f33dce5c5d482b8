/**
 * The contract of `public/geo/manifest.json`: one entry per shipped layer with its provenance.
 * Written by `scripts/build-geo.ts` (geography) and `scripts/build-data.ts` (coca, interventions);
 * read by the app for the layer panel, the attribution and the sources view, and by every export.
 */
import { z } from 'zod';

export const LocalizedText = z.object({ es: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const LayerKind = z.enum([
  'boundary', // administrative or programme polygons (municipalities, PDET, Zonas Futuro, pilots)
  'context', // basemap context (land, neighbours, departments)
  'official-table', // official figures keyed by DIVIPOLA (coca census)
  'synthetic', // generated from official figures (coca estimate points)
  'sample', // invented sample data (interventions)
]);

export const ManifestLayer = z.object({
  id: z.string(),
  file: z.string(),
  title: LocalizedText,
  kind: LayerKind,
  /** Where the data came from, in words a reader can follow up. */
  source: z.string(),
  licence: z.string(),
  /** Short text shown in the map's attribution control. */
  attribution: z.string(),
  /** Year (or vintage) the data describes, e.g. "1995 (approx.)" or "2001–2024". */
  year: z.string(),
  feature_count: z.number().int().nonnegative(),
  /** npm packages (name → exact version) or reference tables the file was derived from. */
  source_packages: z.record(z.string(), z.string()),
  /** "synthetic" when positions/values inside a zone were generated, not observed. */
  allocation: z.enum(['official', 'synthetic', 'sample']).optional(),
  note: LocalizedText.optional(),
});
export type ManifestLayer = z.infer<typeof ManifestLayer>;

export const MissingMunicipality = z.object({
  divipola: z.string().regex(/^\d{5}$/),
  name: z.string(),
  department: z.string(),
  pdet_subregion: z.string().nullable(),
  /** The older polygon of the boundary source that contains this municipality's territory. */
  contained_in: z.object({ divipola: z.string().regex(/^\d{5}$/), name: z.string() }),
});
export type MissingMunicipality = z.infer<typeof MissingMunicipality>;

export const Manifest = z.object({
  generated_by: z.string(),
  boundary_source: z.string(),
  layers: z.array(ManifestLayer),
  missing: z.array(MissingMunicipality),
});
export type Manifest = z.infer<typeof Manifest>;
