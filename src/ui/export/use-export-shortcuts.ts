/** Ctrl/Cmd+Shift+E opens the export dialog; Esc leaves presentation mode. */
import { useEffect } from 'react';
import { useAtlasStore } from '../../state/store';

export function useExportShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        useAtlasStore.getState().setExportOpen(true);
      } else if (event.key === 'Escape' && useAtlasStore.getState().presentation) {
        useAtlasStore.getState().setPresentation(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
