/**
 * The export dialog's form: the size (a preset, or a custom width × height × scale), the format,
 * the title and subtitle (refilled from the store each time the dialog opens) and the batch layer,
 * and the export request they make. Custom fields stay text while typed; the request reads them
 * as numbers.
 */
import { useState } from 'react';
import {
  type BatchLayer,
  defaultSubtitle,
  defaultTitle,
  type ExportStateView,
} from '../../export/export-context';
import type { CustomSizeChoice } from '../../export/fallback-size';
import type { ExportFormat, ExportPresetId, ExportRequest, ExportSizeChoice } from '../../export/types';
import type { Lang } from '../../i18n/translate';

export interface CustomFields {
  width: string;
  height: string;
  scale: string;
}

export function useExportForm(lang: Lang) {
  const [preset, setPreset] = useState<ExportPresetId | 'custom'>('slide-16x9');
  const [custom, setCustom] = useState<CustomFields>({ width: '1920', height: '1080', scale: '1' });
  const [format, setFormat] = useState<ExportFormat>('png');
  const [title, setTitle] = useState('');
  const [subtitle, setSubtitle] = useState('');
  const [batchLayer, setBatchLayer] = useState<BatchLayer>('pilot-municipalities');

  const choice = (): ExportSizeChoice =>
    preset === 'custom'
      ? {
          kind: 'custom',
          width: Number(custom.width),
          height: Number(custom.height),
          pixelRatio: Number(custom.scale),
        }
      : { kind: 'preset', presetId: preset };

  return {
    preset,
    setPreset,
    custom,
    setCustom,
    format,
    setFormat,
    title,
    setTitle,
    subtitle,
    setSubtitle,
    batchLayer,
    setBatchLayer,
    choice,
    request: (overrides: Partial<ExportRequest> = {}): ExportRequest => ({
      size: choice(),
      format,
      title,
      subtitle,
      lang,
      ...overrides,
    }),
    /** Shows a custom size in the fields (the fallbacks and "fit the window" use it). */
    switchToCustom(size: Omit<CustomSizeChoice, 'kind'>) {
      setPreset('custom');
      setCustom({ width: String(size.width), height: String(size.height), scale: String(size.pixelRatio) });
    },
    /** The default title and subtitle of the current state. */
    fillTitles(view: ExportStateView) {
      setTitle(defaultTitle(view));
      setSubtitle(defaultSubtitle(view));
    },
  };
}

export type ExportForm = ReturnType<typeof useExportForm>;
