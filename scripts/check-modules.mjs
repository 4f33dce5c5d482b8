// Module rules that Biome cannot express, run by `npm run lint`:
// 1. No source module over MAX_LINES lines (src/ and scripts/; tests, test helpers in `testing/`
//    folders, type declarations and stylesheets aside), so a newcomer can hold any module in
//    their head.
// 2. No type query on a relative module (`typeof import('../x')`, `import('../x').T`): the layer
//    rule (biome.json `noRestrictedImports`) sees import declarations only, so types cross
//    layers through `import type`, where the rule can check them.
// Prints every violation with its file and exits 1 when there is one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LINES = 300;
const ROOTS = ['src', 'scripts'];
const SOURCE = /\.(ts|tsx|mjs)$/;
const EXEMPT = /(\.test\.tsx?$|\.d\.ts$|(^|\/)testing\/)/;
// `typeof import('./x')` and `import('./x').Type` (types are capitalised here; `.then` is runtime).
const RELATIVE_TYPE_QUERY = /typeof import\(\s*['"]\.|\bimport\(\s*['"]\.[^'"]*['"]\s*\)\.[A-Z]/;
const COMMENT = /^\s*(\/\/|\*|\/\*)/;

function* sourceFiles(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (SOURCE.test(entry.name) && !EXEMPT.test(path)) yield path;
  }
}

const problems = [];
for (const file of ROOTS.flatMap((root) => [...sourceFiles(root)])) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const count = lines.at(-1) === '' ? lines.length - 1 : lines.length;
  if (count > MAX_LINES) problems.push(`${file}: ${count} lines (at most ${MAX_LINES}): split it by concern`);
  lines.forEach((line, index) => {
    if (RELATIVE_TYPE_QUERY.test(line) && !COMMENT.test(line)) {
      problems.push(`${file}:${index + 1}: type query on a relative module: use \`import type\``);
    }
  });
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`check-modules: every source module has at most ${MAX_LINES} lines`);
