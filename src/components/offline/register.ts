/**
 * Registers the service worker of the page's language (see src/service-worker/sw.ts) a little
 * after the page has loaded, so its download of the rest of the guide never competes with the page.
 * Readers who asked their browser to save data get no service worker, and so no background
 * download. When a new deploy's worker has installed beside the old one, a quiet notice offers a
 * reload; hiding the tab counts as yes, so no tab keeps serving an old version for long.
 */
const REGISTER_DELAY_MS = 3000;
const REGISTER_IDLE_TIMEOUT_MS = 5000;

interface Connection {
  saveData?: boolean;
}

function offerUpdate(worker: ServiceWorker) {
  const activate = () => worker.postMessage({ type: 'SKIP_WAITING' });
  const template = document.querySelector<HTMLTemplateElement>('#guide-update');
  const notice = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
  if (notice && !document.querySelector('[data-guide-update]')) {
    notice.querySelector('button')?.addEventListener('click', activate);
    document.body.append(notice);
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') activate();
  });
}

function watchForUpdates(registration: ServiceWorkerRegistration) {
  const controlled = () => Boolean(navigator.serviceWorker.controller);
  if (registration.waiting && controlled()) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      // Installed while an older worker controls the page: that is an update, not a first visit.
      if (worker.state === 'installed' && controlled()) offerUpdate(worker);
    });
  });
}

export function registerServiceWorker(base: string) {
  const container = navigator.serviceWorker;
  if (!container) return;
  if ((navigator as Navigator & { connection?: Connection }).connection?.saveData) return;
  const scope = `${base.replace(/\/?$/, '/')}${document.documentElement.lang === 'fa' ? 'fa/' : ''}`;

  // A new version of the same worker taking over means the page's files may be gone from the
  // cache: reload to match. Not so the first worker taking control, nor this language's worker
  // taking over from the other language's (an English reader's first Persian page).
  let script = container.controller?.scriptURL;
  container.addEventListener('controllerchange', () => {
    const next = container.controller?.scriptURL;
    if (script && next === script) location.reload();
    script = next;
  });

  const register = () => {
    // Some browsers and test drivers that block workers resolve with no registration at all.
    container.register(`${scope}sw.js`, { scope }).then(
      (registration) => registration && watchForUpdates(registration),
      () => undefined,
    );
  };
  // A few seconds after load, when the main thread is idle: the page's own late work (a tool
  // setting up, the reader's first taps) goes first.
  const later = () =>
    setTimeout(() => {
      if ('requestIdleCallback' in window)
        requestIdleCallback(register, { timeout: REGISTER_IDLE_TIMEOUT_MS });
      else register();
    }, REGISTER_DELAY_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
