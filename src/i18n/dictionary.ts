/**
 * Every UI string, in Spanish (the default) and English, gathered from the feature files in
 * `messages/` (each declares its `es` and `en` together, so a key missing in either language is a
 * type error). Placeholders look like `{name}`; `translate` fills them.
 */
import { appMessages } from './messages/app';
import { areaMessages } from './messages/area';
import { exportMessages } from './messages/export';
import { filtersMessages } from './messages/filters';
import { layersMessages } from './messages/layers';
import { rankingMessages } from './messages/ranking';
import { statsMessages } from './messages/stats';
import { tableMessages } from './messages/table';
import { taxonomyMessages } from './messages/taxonomy';
import { zonesMessages } from './messages/zones';

/** The feature files, for tests that check them one by one (no key may appear in two). */
export const FEATURE_MESSAGES = [
  appMessages,
  layersMessages,
  zonesMessages,
  taxonomyMessages,
  filtersMessages,
  tableMessages,
  statsMessages,
  rankingMessages,
  exportMessages,
  areaMessages,
] as const;

export const es = {
  ...appMessages.es,
  ...layersMessages.es,
  ...zonesMessages.es,
  ...taxonomyMessages.es,
  ...filtersMessages.es,
  ...tableMessages.es,
  ...statsMessages.es,
  ...rankingMessages.es,
  ...exportMessages.es,
  ...areaMessages.es,
};

export type MessageKey = keyof typeof es;

export const en: Record<MessageKey, string> = {
  ...appMessages.en,
  ...layersMessages.en,
  ...zonesMessages.en,
  ...taxonomyMessages.en,
  ...filtersMessages.en,
  ...tableMessages.en,
  ...statsMessages.en,
  ...rankingMessages.en,
  ...exportMessages.en,
  ...areaMessages.en,
};
