/**
 * Saving a file from the browser, for every tool that offers a download. Nothing is sent anywhere:
 * the content becomes a Blob with an object URL, a hidden link with `download` is clicked, and the
 * URL is freed a little later (some browsers are still reading it right after the click).
 */

/** How long the object URL stays valid after the click. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves `content` as a file called `name`. `type` is the MIME type without parameters
 * ("text/markdown", "application/json"); text is always written as UTF-8.
 */
export function downloadFile(name: string, content: string, type = 'text/plain'): void {
  const blob = new Blob([content], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
