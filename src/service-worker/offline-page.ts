/**
 * The page the service worker answers with when the reader is offline and asks for a page it has
 * not saved (a page of the other language, or one added since the last visit). It is built in
 * the worker, so it needs no file of its own: plain HTML, one inline style allowed by its own
 * Content-Security-Policy, and a link to the home page the worker has saved.
 */
export interface OfflineStrings {
  title: string;
  text: string;
  home: string;
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** `home` is the home page of the worker's own language, the one it has saved. */
export function offlineHtml(strings: OfflineStrings, lang: 'en' | 'fa', home: string): string {
  return `<!doctype html>
<html lang="${lang}" dir="${lang === 'fa' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(strings.title)}</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#17181c;background:#fff}@media (prefers-color-scheme:dark){body{color:#eceef2;background:#17181c}a{color:#9bb4ff}}</style>
</head>
<body>
<main>
<h1>${escape(strings.title)}</h1>
<p>${escape(strings.text)}</p>
<p><a href="${escape(home)}">${escape(strings.home)}</a></p>
</main>
</body>
</html>
`;
}

export function offlinePage(strings: OfflineStrings, lang: 'en' | 'fa', home: string): Response {
  return new Response(offlineHtml(strings, lang, home), {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
