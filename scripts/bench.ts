/**
 * `npm run bench` (add `-- --json` for one JSON object per line): point-in-zone speed of the
 * grid and flatbush paths against the naive Turf loop over the four zone layers in public/geo,
 * for 10k, 100k and 1M seeded random points over Colombia's bbox, and the time from a filter
 * change to updated aggregates at 100k interventions, and the import of a 100k-row Spanish-locale
 * CSV (see bench/import-bench.ts). A benchmark, not a test.
 */
import { join } from 'node:path';
import { benchFilterUpdates } from './bench/filter-bench';
import { benchImport, describeImportBench } from './bench/import-bench';
import { loadZoneLayers, ZONE_LAYER_FILES, type ZoneLayerId } from './bench/load-zone-layers';
import { benchLayer, COLOMBIA_BBOX } from './bench/point-bench';

const SIZES = [10_000, 100_000, 1_000_000];
const NAIVE_SAMPLE = 10_000;
const json = process.argv.includes('--json');
const directory = join(import.meta.dirname, '..', 'public', 'geo');

async function main(): Promise<void> {
  let layers: ReturnType<typeof loadZoneLayers>;
  try {
    layers = loadZoneLayers(directory);
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exit(1);
  }
  const say = (text: string) => {
    if (!json) console.log(text);
  };
  say(`Point in zone: seeded random points over bbox [${COLOMBIA_BBOX.join(', ')}], one thread.`);
  say(
    `Naive = turf.pointsWithinPolygon per zone, timed on the first ${NAIVE_SAMPLE.toLocaleString('en')} points;`,
  );
  say('for larger sets its rate is extrapolated. identical = grid, flatbush and naive agree on those points');
  say('and grid = flatbush on every point.\n');
  let seed = 1;
  for (const layer of Object.keys(ZONE_LAYER_FILES) as ZoneLayerId[]) {
    const { lines, buildMs } = benchLayer(layer, layers[layer], SIZES, {
      naiveSample: NAIVE_SAMPLE,
      seed: seed++,
    });
    say(`${layer} (${layers[layer].features.length} zones), index built in ${buildMs.toFixed(0)} ms`);
    for (const line of lines) {
      if (json) {
        const { points, polygons, method, points_per_second, ratio_vs_naive, identical } = line;
        console.log(
          JSON.stringify({
            points,
            polygons,
            method,
            points_per_second: Math.round(points_per_second),
            ratio_vs_naive: Number(ratio_vs_naive.toFixed(1)),
            identical,
            layer,
          }),
        );
      } else {
        say(
          `  ${line.method.padEnd(10)} ${line.points.toLocaleString('en').padStart(9)} pts ` +
            `${formatRate(line.points_per_second).padStart(10)} pts/s  ${line.ratio_vs_naive.toFixed(0).padStart(7)}× naive  ` +
            `identical: ${line.identical}  (${line.note})`,
        );
      }
    }
  }
  const filter = benchFilterUpdates(directory, layers, { count: 100_000, changes: 50, seed: 7 });
  if (json) {
    const { filter_update_ms_p50, filter_update_ms_p95, interventions } = filter;
    console.log(
      JSON.stringify({
        filter_update_ms_p50: Number(filter_update_ms_p50.toFixed(2)),
        filter_update_ms_p95: Number(filter_update_ms_p95.toFixed(2)),
        interventions,
      }),
    );
  } else {
    say(`\nFilter change → updated aggregates (setFilters + aggregate + rows, municipalities, cache off),`);
    say(`50 seeded one-dimension changes (after 30 untimed warm-up changes) over ${filter.note}:`);
    say(
      `  p50 ${filter.filter_update_ms_p50.toFixed(2)} ms, p95 ${filter.filter_update_ms_p95.toFixed(2)} ms (target < 50 ms)`,
    );
  }
  const imported = await benchImport(join(directory, '..', '..'), 100_000);
  const { details: _details, ...importLine } = imported;
  if (json) console.log(JSON.stringify(importLine));
  else say(describeImportBench(imported));
}

function formatRate(rate: number): string {
  return rate >= 1e6
    ? `${(rate / 1e6).toFixed(2)}M`
    : rate >= 1e3
      ? `${(rate / 1e3).toFixed(1)}k`
      : rate.toFixed(0);
}

void main();
