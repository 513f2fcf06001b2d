/**
 * Share links (#jd=<draft>). A link opens its draft once; the builder then takes the draft out of
 * the address, so moving back and forward through the page's history (heading links, Back) can
 * never bring an old draft back over the one being edited. "Copy link" builds the link afresh.
 */
import { encodeState } from '../jd-codec';
import type { Builder } from './context';
import type { Drafts } from './draft-storage';

const HASH_PREFIX = '#jd=';

/** The draft in the address, if any, removed from the address (and so from this history entry). */
export function takeLinkFromAddress(): string | undefined {
  const { hash, pathname, search } = window.location;
  if (!hash.startsWith(HASH_PREFIX)) return undefined;
  window.history.replaceState(window.history.state, '', pathname + search);
  return hash.slice(HASH_PREFIX.length);
}

export function bindShareLink(b: Builder, drafts: Drafts): void {
  const box = b.$('[data-link-box]');
  const field = b.$<HTMLInputElement>('#jdb-link');

  // A link pasted into the address bar of this tab.
  window.addEventListener('hashchange', () => {
    const encoded = takeLinkFromAddress();
    if (encoded !== undefined) drafts.openLink(encoded);
  });

  b.$('[data-share]').addEventListener('click', async () => {
    drafts.saveNow();
    const { origin, pathname, search } = window.location;
    const link = `${origin}${pathname}${search}${HASH_PREFIX}${encodeState(b.state, b.config.catalogue)}`;
    try {
      await navigator.clipboard.writeText(link);
      box.hidden = true;
      b.announce(b.say('status.copied.link'));
    } catch {
      // No clipboard: the link goes in a box to copy by hand (the preview has nothing to offer here).
      field.value = link;
      box.hidden = false;
      field.focus();
      field.select();
      b.announce(b.say('status.linkCopyFailed'));
    }
  });
}
