/** The ranking table and the ranking choropleth. */
import { defineMessages } from './define-messages';

export const rankingMessages = defineMessages(
  {
    'ranking.layer': 'Zonas',
    'ranking.layer.municipalities': 'Municipios',
    'ranking.layer.pdet-subregions': 'Subregiones PDET',
    'ranking.layer.zonas-futuro': 'Zonas Futuro',
    'ranking.layer.pilot-municipalities': 'Municipios piloto',
    'ranking.onMap': 'Ver en el mapa',
    'ranking.metric': 'Ordenar por',
    'ranking.rank': 'N.º',
    'ranking.zone': 'Zona',
    'ranking.caption': '{layer} ordenadas por {metric}',
    'ranking.sortBy': 'Ordenar por {metric}',
    'ranking.showAll': 'Mostrar todas ({count})',
    'ranking.showTop': 'Mostrar solo las primeras {count}',
    'ranking.shown': 'Se muestran {shown} de {count}',
    'ranking.waiting': 'El ranking aparece cuando termina de prepararse el análisis.',
    'ranking.note':
      'Cifras de intervenciones: datos de muestra. Coca: UNODC-SIMCI (ODC, datos.gov.co acs4-3wgp). Sin dato al final.',
  },
  {
    'ranking.layer': 'Zones',
    'ranking.layer.municipalities': 'Municipalities',
    'ranking.layer.pdet-subregions': 'PDET subregions',
    'ranking.layer.zonas-futuro': 'Zonas Futuro',
    'ranking.layer.pilot-municipalities': 'Pilot municipalities',
    'ranking.onMap': 'Show on the map',
    'ranking.metric': 'Rank by',
    'ranking.rank': 'No.',
    'ranking.zone': 'Zone',
    'ranking.caption': '{layer} ranked by {metric}',
    'ranking.sortBy': 'Sort by {metric}',
    'ranking.showAll': 'Show all ({count})',
    'ranking.showTop': 'Show only the first {count}',
    'ranking.shown': 'Showing {shown} of {count}',
    'ranking.waiting': 'The ranking appears once the analysis is ready.',
    'ranking.note':
      'Intervention figures: sample data. Coca: UNODC-SIMCI (ODC, datos.gov.co acs4-3wgp). No data last.',
  },
);
