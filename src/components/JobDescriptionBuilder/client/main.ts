/**
 * The builder's client code, started by JobDescriptionBuilder.astro. It wires the pure modules to
 * the form (state in, documents out); each concern has its own file in this folder. No network
 * request is made, and reader text only reaches the page as text nodes and form values.
 */
import { createBuilder, type BuilderConfig } from './context';
import { bindDrafts } from './draft-storage';
import { bindExports } from './exports';
import { bindForm } from './form-binding';
import { bindJsonLdPanel } from './json-ld-panel';
import { bindLineLists } from './line-lists';
import { bindPostingPanel } from './posting-panel';
import { bindPostingPlaces } from './posting-places';
import { bindPreview } from './preview';
import { bindProblems } from './problems';
import { bindShareLink, takeLinkFromAddress } from './share-link';
import { bindWordingPanel } from './wording-panel';

const root = document.querySelector<HTMLElement>('[data-jdb]');
const data = document.getElementById('jdb-data');
if (root && data) {
  const b = createBuilder(root, JSON.parse(data.textContent ?? '{}') as BuilderConfig);
  bindForm(b);
  const lists = bindLineLists(b);
  const problems = bindProblems(b, lists);
  bindPostingPlaces(b);
  bindPostingPanel(b);
  const preview = bindPreview(b);
  bindWordingPanel(b, lists);
  const jsonLd = bindJsonLdPanel(b);
  bindExports(b, problems, jsonLd);
  const drafts = bindDrafts(b);
  bindShareLink(b, drafts);
  drafts.start(takeLinkFromAddress());
  // Ready (for tests and anyone waiting) once the preview shows the draft and every list is editable.
  void Promise.all([preview.ready, lists.buildWhenIdle()]).then(() => (root.dataset['ready'] = ''));
}
