/**
 * Registers the service worker of the page's language (see src/service-worker/sw.ts) once the
 * page has loaded, so its download of the rest of the guide never competes with the page itself.
 * Readers who asked their browser to save data get no service worker, and so no background
 * download. When a new deploy's worker has installed beside the old one, a quiet notice offers a
 * reload; hiding the tab counts as yes, so no tab keeps serving an old version for long.
 */
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

  // The first worker takes control without a reload; any later change of worker is a new version
  // taking over, and the page reloads to match it.
  let controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    if (controlled) location.reload();
    controlled = true;
  });

  const register = () => {
    container.register(`${scope}sw.js`, { scope }).then(watchForUpdates, () => undefined);
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
