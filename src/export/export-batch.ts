/**
 * Per-zone batch export: one image per zone (same request, style, legend and sources; each zone
 * with its own camera and name), delivered as one ZIP. Reports progress after each zone and stops
 * at the next step when the signal aborts (rejecting with an AbortError).
 *
 * Zone names go into the title where it contains "{zone}", else into the subtitle.
 */
import { zipSync } from 'fflate';
import {
  type ExportDependencies,
  type ExportImageInput,
  type ExportStage,
  exportImage,
} from './export-image';
import { exportFileName } from './file-name';
import type { ExportRequest, MapCamera } from './types';

export interface BatchZone {
  id: string;
  name: string;
  camera: MapCamera;
}

export interface ExportBatchInput extends Omit<ExportImageInput, 'camera' | 'naming'> {
  zones: readonly BatchZone[];
  /** Visible layer ids, for the file names. */
  layers: readonly string[];
  /** Name for the ZIP file's zone part (default "zonas"). */
  batchName?: string;
}

export interface BatchProgress {
  done: number;
  total: number;
  zone: BatchZone;
  stage: ExportStage | 'done';
}

export interface ExportBatchOptions {
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  dependencies?: ExportDependencies;
}

export interface BatchResult {
  blob: Blob;
  fileName: string;
  /** File names inside the ZIP, in zone order. */
  entries: string[];
}

/** The request for one zone: "{zone}" in the title, or the zone name prefixed to the subtitle. */
export function requestForZone(request: ExportRequest, zone: BatchZone): ExportRequest {
  if (request.title.includes('{zone}'))
    return { ...request, title: request.title.replaceAll('{zone}', zone.name) };
  return { ...request, subtitle: request.subtitle ? `${zone.name} · ${request.subtitle}` : zone.name };
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let index = 2; used.has(candidate); index++) candidate = name.replace(/(\.\w+)$/, `-${index}$1`);
  used.add(candidate);
  return candidate;
}

/**
 * @example
 * const { blob, fileName } = await exportBatch({ ...input, zones }, { signal, onProgress });
 */
export async function exportBatch(
  input: ExportBatchInput,
  options: ExportBatchOptions = {},
): Promise<BatchResult> {
  const { zones, layers, batchName = 'zonas', ...shared } = input;
  const { signal, onProgress } = options;
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  const entries: string[] = [];
  const used = new Set<string>();
  for (const [index, zone] of zones.entries()) {
    if (signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
    const result = await exportImage(
      {
        ...shared,
        request: requestForZone(shared.request, zone),
        camera: zone.camera,
        naming: { zone: zone.name, layers },
      },
      {
        signal,
        dependencies: options.dependencies,
        onStage: (stage) => onProgress?.({ done: index, total: zones.length, zone, stage }),
      },
    );
    const name = uniqueName(result.fileName, used);
    files[name] = [new Uint8Array(await result.blob.arrayBuffer()), { level: 0 }];
    entries.push(name);
    onProgress?.({ done: index + 1, total: zones.length, zone, stage: 'done' });
  }
  if (signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
  const zip = zipSync(files, { mtime: new Date(shared.composition.exportDate) });
  return {
    blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    fileName: exportFileName({ zone: batchName, layers, date: shared.composition.exportDate, format: 'zip' }),
    entries,
  };
}
