/**
 * Declares one feature's messages in Spanish and English. The keys of `es` are the feature's keys;
 * `en` must have exactly those keys (a missing or extra key is a type error), so no text goes
 * untranslated. Placeholders look like `{name}` and are filled by `translate`.
 *
 * @example
 * export const demoMessages = defineMessages({ 'demo.hello': 'Hola, {name}' }, { 'demo.hello': 'Hello, {name}' });
 */
export function defineMessages<const Key extends string>(
  es: Readonly<Record<Key, string>>,
  en: Readonly<Record<NoInfer<Key>, string>>,
): { es: Readonly<Record<Key, string>>; en: Readonly<Record<Key, string>> } {
  return { es, en };
}
