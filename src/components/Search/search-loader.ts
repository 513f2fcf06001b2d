/**
 * What every page runs for search: turns the no-JS link into the search button and waits for a
 * reader to reach for it (pointer over the button, focus, a click, Ctrl/Cmd+K or "/"). Only then
 * does it load the dialog's code (search.client.ts), which in turn loads Pagefind, so reading a page
 * pays for neither. Once loaded, the dialog's own listeners take over and these stand aside.
 */
interface SiteSearchElement extends HTMLElement {
  open(): void;
  warmUp(): void;
}

let loaded: Promise<void> | undefined;

function load(): Promise<void> {
  loaded ??= import('./search.client').then(({ defineSiteSearch }) => defineSiteSearch());
  return loaded;
}

let ready = false;

/** Loads the dialog's code, then does on the first search element what the reader asked for. */
async function then(action: 'open' | 'warmUp') {
  await load();
  ready = true;
  const element = document.querySelector('site-search') as SiteSearchElement | null;
  await customElements.whenDefined('site-search');
  element?.[action]();
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function prepareSiteSearch() {
  for (const element of document.querySelectorAll('site-search')) {
    const button = element.querySelector<HTMLButtonElement>('button[data-open-modal]');
    if (!button) continue;
    element.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');
    button.hidden = false;
    if (/(Mac|iPhone|iPad)/i.test(navigator.platform)) {
      const key = button.querySelector('kbd kbd');
      if (key) key.textContent = '⌘';
    }
    button.addEventListener('pointerenter', () => void then('warmUp'), { once: true });
    button.addEventListener('focus', () => void then('warmUp'), { once: true });
    button.addEventListener('click', () => {
      if (!ready) void then('open');
    });
  }
  window.addEventListener('keydown', (event) => {
    if (ready) return;
    const shortcut =
      ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') ||
      (event.key === '/' && !isTypingTarget(event.target));
    if (!shortcut) return;
    event.preventDefault();
    void then('open');
  });
}
