/** Minimal `--name value` flag parsing for the data scripts (no dependency). */

/**
 * Returns the flags as a map; throws on an unknown flag or a flag without a value.
 *
 * @example
 * parseFlags(['--count', '100', '--seed', 'x'], ['count', 'seed', 'out']); // Map { count → '100', seed → 'x' }
 */
export function parseFlags(argv: readonly string[], known: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 2) {
    const name = argv[index].replace(/^--/, '');
    const value = argv[index + 1];
    if (!argv[index].startsWith('--') || !known.includes(name))
      throw new Error(`unknown argument ${argv[index]}`);
    if (value === undefined) throw new Error(`--${name} needs a value`);
    flags.set(name, value);
  }
  return flags;
}

/** Parses a positive integer flag such as `--count 1000000` (underscores allowed: 1_000_000). */
export function positiveInteger(text: string, name: string): number {
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive integer, got ${text}`);
  return value;
}
