/**
 * Header synonyms in Spanish and English, written in `normalizeKey` form (accents, case and
 * punctuation ignored: "Fecha de inicio" is `fecha_de_inicio`). The first synonym a header
 * matches wins, so more specific names come first.
 *
 * @example FIELD_SYNONYMS.startDate.includes(normalizeKey('Fecha de inicio')) // => true
 */
import type { LocationMapping, RecordField } from './column-mapping';

export const FIELD_SYNONYMS: Record<RecordField, readonly string[]> = {
  id: [
    'id',
    'codigo',
    'code',
    'identificador',
    'id_intervencion',
    'intervention_id',
    'uuid',
    'meta_instanceid',
    'key',
  ],
  title: [
    'titulo',
    'title',
    'nombre',
    'name',
    'nombre_intervencion',
    'proyecto',
    'project',
    'descripcion',
    'description',
  ],
  pillar: ['pilar', 'pillar', 'eje', 'eje_estrategico', 'componente'],
  type: [
    'tipo',
    'type',
    'tipo_intervencion',
    'tipo_de_intervencion',
    'intervention_type',
    'categoria',
    'category',
    'linea',
  ],
  agency: [
    'agencia',
    'agency',
    'entidad',
    'entity',
    'institucion',
    'institution',
    'responsable',
    'operador',
    'ejecutor',
  ],
  status: ['estado', 'status', 'situacion', 'estado_intervencion', 'state'],
  startDate: ['fecha_inicio', 'fecha_de_inicio', 'start_date', 'inicio', 'fecha_inicial', 'fecha', 'date'],
  endDate: [
    'fecha_fin',
    'fecha_de_fin',
    'fecha_final',
    'fecha_terminacion',
    'fecha_de_terminacion',
    'end_date',
    'fin',
  ],
  budget: [
    'presupuesto',
    'budget',
    'budget_cop',
    'presupuesto_cop',
    'valor',
    'valor_cop',
    'monto',
    'inversion',
    'costo',
    'cost',
    'amount',
  ],
  beneficiaries: [
    'beneficiarios',
    'beneficiaries',
    'personas_beneficiadas',
    'poblacion_beneficiada',
    'personas',
  ],
  hectares: ['hectareas', 'hectares', 'ha', 'area_ha', 'hectareas_erradicadas', 'has'],
  km: ['km', 'kilometros', 'kilometres', 'kilometers', 'longitud_km', 'km_via'],
  families: ['familias', 'families', 'familias_pnis', 'num_familias'],
  seizedKg: ['seized_kg', 'kg_incautados', 'incautado_kg', 'incautaciones_kg', 'kg', 'cantidad_kg'],
  labs: ['laboratorios', 'labs', 'laboratorios_destruidos', 'labs_destroyed'],
  arrests: ['capturas', 'arrests', 'capturados', 'detenidos', 'num_capturas'],
};

/** Exact names of coordinate columns; a header ending in `_<name>` also matches (`place_latitude`). */
export const COORDINATE_SYNONYMS: Record<'longitude' | 'latitude', readonly string[]> = {
  latitude: ['latitud', 'latitude', 'lat', 'y', 'norte', 'northing', 'coord_y', 'coordenada_y', 'y_coord'],
  longitude: [
    'longitud',
    'longitude',
    'lon',
    'lng',
    'long',
    'x',
    'este',
    'easting',
    'coord_x',
    'coordenada_x',
    'x_coord',
  ],
};

/** Suffixes that make a header a coordinate (`_gps_latitude`, `place-Latitude`, `ubicacion_lat`). */
export const COORDINATE_SUFFIXES: Record<'longitude' | 'latitude', readonly string[]> = {
  latitude: ['latitude', 'latitud', 'lat'],
  longitude: ['longitude', 'longitud', 'lon', 'lng'],
};

type KeyField = Exclude<keyof LocationMapping, 'longitude' | 'latitude'>;

export const LOCATION_SYNONYMS: Record<KeyField, readonly string[]> = {
  latLonText: [
    'gps',
    'geopoint',
    'ubicacion',
    'location',
    'coordenadas',
    'coordinates',
    'punto',
    'georreferenciacion',
    'geolocalizacion',
  ],
  wkt: ['wkt', 'geometry', 'geometria', 'geom', 'the_geom', 'shape', 'geometry_wkt'],
  divipola: [
    'divipola',
    'cod_divipola',
    'codigo_divipola',
    'mpio_cdpmp',
    'cod_mpio',
    'codigo_municipio',
    'cod_municipio',
    'codmpio',
    'cod_dane',
    'codigo_dane',
    'dane',
    'cod_dane_mpio',
    'municipality_code',
  ],
  municipality: [
    'municipio',
    'municipality',
    'nombre_municipio',
    'mpio',
    'mpio_cnmbr',
    'municipality_name',
    'nom_mpio',
  ],
  department: [
    'departamento',
    'department',
    'depto',
    'dpto',
    'dpto_cnmbr',
    'nombre_departamento',
    'nom_dpto',
  ],
};

export const AREA_NAME_SYNONYMS: readonly string[] = [
  'nombre',
  'name',
  'nom',
  'vereda',
  'nombre_vereda',
  'zona',
  'area',
  'nombre_area',
  'label',
  'titulo',
  'title',
  'mpio_cnmbr',
];

export const YEAR_SYNONYMS: readonly string[] = ['ano', 'anio', 'year', 'vigencia', 'periodo', 'ano_censo'];
