/**
 * The JobPosting JSON-LD block and the list of what Google still needs. Its code loads the first
 * time the block nears the screen (or an export needs it): nobody sees it on the first screen, and
 * at 10,000 characters laying out the block on every change would slow typing.
 */
import { punctuation } from '../../../lib/locale';
import type { Builder } from './context';
import { labelOf } from './problems';

type JsonLd = typeof import('../jd-jsonld');

export interface JsonLdPanel {
  /** The JSON-LD module, loaded on first use (the panel itself renders only when near the screen). */
  module(): Promise<JsonLd>;
}

export function bindJsonLdPanel(b: Builder): JsonLdPanel {
  const panel = b.$('[data-jsonld-panel]');
  const missingIntro = b.$('[data-missing-intro]').textContent ?? '';
  let module: Promise<JsonLd> | undefined;
  let loaded: JsonLd | undefined;
  let visible = false;
  let stale = true;
  const load = () => (module ??= import('../jd-jsonld').then((m) => (loaded = m)));

  function render(jsonld: JsonLd) {
    stale = false;
    const { state } = b;
    const posting = jsonld.buildJobPosting(state, b.config.labels, b.config.locale);
    b.$('[data-jsonld]').textContent = jsonld.jsonLdScript(posting);
    const field = (selector: string) => () => labelOf(b.root, b.$(selector));
    const names: Record<string, () => string> = {
      title: field('#jdb-title'),
      description: () => b.say('missing.description'),
      datePosted: field('#jdb-datePosted'),
      hiringOrganization: field('#jdb-company'),
      jobLocation: field(state.workplace === 'remote' ? '#jdb-remoteCountries' : '#jdb-country'),
      baseSalary: field('#jdb-salary'),
      employmentType: field('#jdb-employmentType'),
      validThrough: field('#jdb-validThrough'),
    };
    const schemaName = (f: string) =>
      f === 'jobLocation' && state.workplace === 'remote' ? 'applicantLocationRequirements' : f;
    const missing = jsonld.missingRequiredFields(posting);
    b.$('[data-missing]').toggleAttribute('data-ok', missing.length === 0);
    b.$('[data-missing-intro]').textContent = missing.length === 0 ? b.say('missingNone') : missingIntro;
    b.$('[data-missing-list]').replaceChildren(
      ...missing.map((f) => {
        const li = document.createElement('li');
        li.textContent = `${names[f]?.() ?? f} (${schemaName(f)})`;
        return li;
      }),
    );
    const recommended = jsonld.missingRecommendedFields(posting);
    const list = punctuation(b.config.locale).list;
    b.$('[data-recommended]').textContent =
      recommended.length > 0
        ? b.say('recommended', { fields: recommended.map((f) => `${names[f]?.() ?? f} (${f})`).join(list) })
        : '';
    panel.dataset['ready'] = '';
  }

  b.on('render', () => {
    stale = true;
    if (visible && loaded) render(loaded);
  });
  new IntersectionObserver(
    (entries) => {
      visible = entries.some((e) => e.isIntersecting);
      if (visible && stale) void load().then((m) => stale && render(m));
    },
    { rootMargin: '50% 0px' },
  ).observe(panel);

  return { module: load };
}
