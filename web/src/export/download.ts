/** Saves a Blob under a file name, client-side (no server round trip). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "kg-view-2024-05-01T10-20-30" */
export function exportName(ext: string): string {
  return `kg-view-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.${ext}`;
}
