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
  /** Year (or vintage) the data describes, e.g. "2018 (MGN vintage)" or "2001–2024". */
  year: z.string(),
  feature_count: z.number().int().nonnegative(),
  /** npm packages (name → exact version) or reference tables the file was derived from. */
  source_packages: z.record(z.string(), z.string()),
  /**
   * "synthetic" when positions/values inside a zone were generated, not observed; "approximate"
   * when an official programme is drawn by a municipal extent that only approximates it, with
   * unverified candidate members (Zonas Futuro).
   */
  allocation: z.enum(['official', 'approximate', 'synthetic', 'sample']).optional(),
  note: LocalizedText.optional(),
});
export type ManifestLayer = z.infer<typeof ManifestLayer>;

/**
 * A DIVIPOLA unit of `data/reference/divipola.csv` that the boundary file has no polygon for. Empty
 * for the shipped DANE MGN 2018 build; a newer vintage or another file given to `geo:build
 * --municipalities` may lack a unit (never a PDET, Zona Futuro or pilot member: the build stops).
 */
export const MissingMunicipality = z.object({
  divipola: z.string().regex(/^\d{5}$/),
  name: z.string(),
  department: z.string(),
});
export type MissingMunicipality = z.infer<typeof MissingMunicipality>;

export const Manifest = z.object({
  generated_by: z.string(),
  boundary_source: z.string(),
  layers: z.array(ManifestLayer),
  missing: z.array(MissingMunicipality),
});
export type Manifest = z.infer<typeof Manifest>;
