/**
 * Keyboard shortcuts, active when focus is not in a text field: "/" search, "e" expand or
 * collapse the selection, Delete hide it, "f" fit, Ctrl/⌘+Z undo, Escape clear the selection.
 */
import type { Viewer } from '../app/viewer.js';
import type { SearchBox } from './search-box.js';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function installShortcuts(viewer: Viewer, search: SearchBox): void {
  document.addEventListener('keydown', (e) => {
    if (typing(e.target)) return;
    const sel = viewer.state.selected;
    if (e.key === '/') {
      e.preventDefault();
      search.focus();
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      viewer.undo();
    } else if (e.ctrlKey || e.metaKey || e.altKey) {
      return;
    } else if (e.key === 'e' && sel) {
      void viewer.toggleExpand(sel);
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && sel) {
      e.preventDefault();
      void viewer.hide(sel);
    } else if (e.key === 'f') {
      viewer.fit();
    } else if (e.key === 'Escape' && sel) {
      viewer.select(null);
    }
  });
}
