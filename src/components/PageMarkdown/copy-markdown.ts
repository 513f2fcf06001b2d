/**
 * Turns each "Page as Markdown" link into a "Copy page as Markdown" button: a click fetches the
 * page's .md file and puts it on the clipboard, and the button says so for a moment (a polite
 * status beside it reads it out). Where the clipboard or the file is out of reach (no permission,
 * offline with the file not saved) the click opens the file, as the link did. Without the
 * clipboard API the link stays a link.
 */
const SHOW_COPIED_MS = 2500;

export function enableCopyMarkdown() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-markdown]')) {
    const label = link.dataset['copyLabel'];
    const copied = link.dataset['copiedLabel'];
    if (!label || !copied || !navigator.clipboard?.writeText) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.textContent = label;
    const status = document.createElement('span');
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    const url = link.href;
    button.addEventListener('click', async () => {
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${response.status} for ${url}`);
        await navigator.clipboard.writeText(await response.text());
      } catch {
        location.href = url;
        return;
      }
      button.textContent = copied;
      status.textContent = copied;
      setTimeout(() => {
        button.textContent = label;
        status.textContent = '';
      }, SHOW_COPIED_MS);
    });
    link.replaceWith(button, status);
  }
}
