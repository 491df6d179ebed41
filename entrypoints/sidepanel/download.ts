// Saves text as a file from an extension page: an object URL on a link with `download`, as the
// downloads permission is not needed for a file the reader asked for by clicking.
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "crosscheck-petro-dares-trump.csv": a file name from the page's title. */
export function exportName(title: string | null, extension: string): string {
  const slug = (title ?? 'page')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `crosscheck-${slug || 'page'}.${extension}`;
}
