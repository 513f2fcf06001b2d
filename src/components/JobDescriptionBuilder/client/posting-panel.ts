/**
 * The pay-posting warnings, modelled on problems.ts but advisory: each finding names the place,
 * says what the draft lacks there and links that place's rule on the rules page. The checks
 * (jd-posting-findings.ts) load the first time a place is picked, so they never weigh on the first
 * load; the page is left alone when the findings have not changed.
 */
import type { Builder } from './context';
import type { Finding, PlaceRule } from '../jd-posting-findings';

type Findings = typeof import('../jd-posting-findings');

interface RulesData {
  page: string;
  rules: PlaceRule[];
}

export function bindPostingPanel(b: Builder): void {
  const panel = b.$('[data-rules-panel]');
  const list = b.$('[data-rules-list]');
  let data: RulesData | undefined;
  let module: Promise<Findings> | undefined;
  let shown = '';

  const readData = (): RulesData => {
    try {
      const parsed = JSON.parse(b.$('#jdb-rules').textContent ?? '') as RulesData;
      if (Array.isArray(parsed.rules) && typeof parsed.page === 'string') return parsed;
    } catch {
      // A page that lost its rules shows no warnings rather than breaking the builder.
    }
    return { page: '', rules: [] };
  };

  function show(findings: Finding[], rules: RulesData) {
    const names = new Map(rules.rules.map((r) => [r.id, r.name]));
    list.replaceChildren(
      ...findings.map((f) => {
        const li = document.createElement('li');
        li.dataset['finding'] = f.code;
        li.dataset['level'] = f.level;
        const text = document.createElement('span');
        text.textContent = b.say(`rules.finding.${f.code}`, { place: names.get(f.place) ?? f.place });
        const link = document.createElement('a');
        link.href = `${rules.page}#${f.place}`;
        link.textContent = b.say('rules.seeRule', { place: names.get(f.place) ?? f.place });
        li.append(text, ' ', link);
        return li;
      }),
    );
    b.$('[data-rules-ok]').hidden = findings.length > 0;
  }

  b.on('render', () => {
    if (b.state.postedIn.length === 0) {
      panel.hidden = true;
      shown = '';
      return;
    }
    data ??= readData();
    const rules = data;
    void (module ??= import('../jd-posting-findings')).then((m) => {
      if (b.state.postedIn.length === 0) return;
      const findings = m.postingFindings(b.state, rules.rules);
      panel.hidden = false;
      const key = JSON.stringify(findings);
      if (key !== shown) {
        shown = key;
        show(findings, rules);
      }
      panel.dataset['ready'] = '';
    });
  });
}
