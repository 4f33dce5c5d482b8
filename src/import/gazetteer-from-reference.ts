/**
 * Builds gazetteer entries from the project's reference files, for node (the CLI, the benchmark,
 * tests): `data/reference/divipola.csv` (`divipola,name`), `data/reference/departments.csv`
 * (`code,name`) and the municipality label anchors of `public/geo/labels.geojson` (`layer:
 * "municipalities"`, `divipola`), which are interior points of the shipped polygons. A label
 * name that differs from DANE's becomes an alias. Municipalities without a label have no point.
 * The page builds the same entries from the layers it has loaded.
 *
 * @example
 * const entries = gazetteerFromReference({ divipolaCsv, departmentsCsv, labels });
 * createGazetteer(entries).byCode('52835')?.name // => 'San Andrés de Tumaco'
 */
import type { FeatureCollection, Geometry } from 'geojson';
import Papa from 'papaparse';
import type { MunicipalityEntry } from './gazetteer';

export function gazetteerFromReference(input: {
  divipolaCsv: string;
  departmentsCsv: string;
  labels: FeatureCollection<Geometry | null>;
}): MunicipalityEntry[] {
  const read = (text: string) => Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
  const departments = new Map(read(input.departmentsCsv).map((row) => [row.code, row.name]));
  const anchors = new Map<string, { point: [number, number]; name: string }>();
  for (const feature of input.labels.features) {
    const properties = feature.properties ?? {};
    if (properties.layer !== 'municipalities' || feature.geometry?.type !== 'Point') continue;
    const [lon, lat] = feature.geometry.coordinates;
    anchors.set(String(properties.divipola), { point: [lon, lat], name: String(properties.name ?? '') });
  }
  return read(input.divipolaCsv).map((row) => {
    const anchor = anchors.get(row.divipola);
    const aliases = anchor && anchor.name !== '' && anchor.name !== row.name ? [anchor.name] : [];
    return {
      code: row.divipola,
      name: row.name,
      department: departments.get(row.divipola.slice(0, 2)) ?? '',
      point: anchor?.point ?? null,
      ...(aliases.length > 0 ? { aliases } : {}),
    };
  });
}
