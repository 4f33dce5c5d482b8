/** Importing an area file: the button, its messages and its problems. */
import { defineMessages } from './define-messages';

export const areaMessages = defineMessages(
  {
    'area.import': 'Importar área (GeoJSON)',
    'area.hint':
      'Uno o más polígonos en longitud/latitud (WGS 84), hasta 5 MB. También puede soltar el archivo aquí.',
    'area.reading': 'Leyendo {file}…',
    'area.loaded': '{file}: área «{name}» cargada ({count} polígonos).',
    'area.kind': 'Área importada',
    'area.chip': 'Área: {name}',
    'area.notInLink': 'El área importada no se guarda en el enlace.',
    'area.skipped.notPolygon': '{file}: elemento {index}: la geometría {type} no es un polígono — se omite',
    'area.skipped.noGeometry': '{file}: elemento {index}: no tiene geometría — se omite',
    'area.skipped.badCoordinates': '{file}: elemento {index}: coordenadas no válidas — se omite',
    'area.error.tooLarge': '{file}: el archivo pesa {size} MB y el máximo es {limit} MB.',
    'area.error.notJson': '{file}: no es JSON válido (línea {line}, columna {column}).',
    'area.error.notJsonNoPosition': '{file}: no es JSON válido.',
    'area.error.notGeoJson':
      '{file}: no es GeoJSON (se encontró {found}); se espera FeatureCollection, Feature, Polygon o MultiPolygon.',
    'area.error.noPolygons': '{file}: no contiene polígonos (Polygon o MultiPolygon).',
    'area.error.projected':
      '{file}: elemento {feature}: la coordenada ({x}, {y}) no es longitud/latitud; el archivo parece estar en coordenadas proyectadas (metros). Reproyéctelo a WGS 84 (EPSG:4326).',
    'area.error.tooManyVertices':
      '{file}: tiene {vertices} vértices y el máximo es {limit}. Simplifique el área.',
  },
  {
    'area.import': 'Import area (GeoJSON)',
    'area.hint':
      'One or more polygons in longitude/latitude (WGS 84), up to 5 MB. You can also drop the file here.',
    'area.reading': 'Reading {file}…',
    'area.loaded': '{file}: area “{name}” loaded ({count} polygons).',
    'area.kind': 'Imported area',
    'area.chip': 'Area: {name}',
    'area.notInLink': 'The imported area is not kept in the link.',
    'area.skipped.notPolygon': '{file}: feature {index}: geometry {type} is not a polygon — skipped',
    'area.skipped.noGeometry': '{file}: feature {index}: has no geometry — skipped',
    'area.skipped.badCoordinates': '{file}: feature {index}: invalid coordinates — skipped',
    'area.error.tooLarge': '{file}: the file is {size} MB and the limit is {limit} MB.',
    'area.error.notJson': '{file}: not valid JSON (line {line}, column {column}).',
    'area.error.notJsonNoPosition': '{file}: not valid JSON.',
    'area.error.notGeoJson':
      '{file}: not GeoJSON (found {found}); expected a FeatureCollection, Feature, Polygon or MultiPolygon.',
    'area.error.noPolygons': '{file}: contains no polygons (Polygon or MultiPolygon).',
    'area.error.projected':
      '{file}: feature {feature}: coordinate ({x}, {y}) is not longitude/latitude; the file is probably in projected coordinates (metres). Reproject it to WGS 84 (EPSG:4326).',
    'area.error.tooManyVertices': '{file}: {vertices} vertices, the limit is {limit}. Simplify the area.',
  },
);
