import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { assertBuilt, rootBuild } from '../support/build-variants';
import { serveDist, type RunningSite } from '../support/static-server';
import { axeViolations, DESKTOP, launchBrowser, PHONE } from '../support/browser';
import { missingRequiredFields } from '../../src/components/JobDescriptionBuilder/jd-documents';

const PATH = 'hiring/job-description-builder/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([rootBuild])('the job description builder in the $name build', ({ dir, base }) => {
  let site: RunningSite;
  let contexts: BrowserContext[] = [];
  let requests: string[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    assertBuilt(dir);
    site = await serveDist(dir, base);
  });
  afterAll(async () => {
    await site?.close();
  });
  afterEach(async () => {
    // Nothing the builder does may leave this machine: every request goes to the local server.
    const outside = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== site.origin);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
    requests = [];
    errors = [];
  });

  async function open(viewport = DESKTOP, hash = '', colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const context = await browser.newContext({ viewport, colorScheme, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    context.on('request', (request) => requests.push(request.url()));
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await page.goto(site.url(PATH) + hash);
    await page.locator('[data-jdb][data-ready]').waitFor({ state: 'attached' });
    return page;
  }

  const status = (page: Page) => page.locator('[data-status]');
  const preview = (page: Page) => page.locator('[data-preview]');
  const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  async function expectStatus(page: Page, text: string | RegExp) {
    await expect.poll(() => status(page).textContent()).toMatch(text);
  }

  /** Types into the focused field after clearing it, as a keyboard user would. */
  async function retype(page: Page, text: string) {
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    if (text) await page.keyboard.type(text);
  }

  /** The filled-in draft most tests start from, entered with the keyboard only. */
  async function fillWithKeyboard(page: Page) {
    await page.locator('#jdb-title').focus();
    await retype(page, 'Lead Product Manager, Payments');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Acme Analytics');
    await page.keyboard.press('Tab');
    await page.keyboard.type('acme.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('We make analytics tools for small shops.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Our team works from Berlin.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('the checkout and payments products');
    await page.keyboard.press('Tab'); // the workplace radios: Hybrid stays chosen
    await expect(page.evaluate(() => document.activeElement?.getAttribute('value'))).resolves.toBe('hybrid');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Berlin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Berlin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Germany (DE)');
    await expect(page.locator('#jdb-country').inputValue()).resolves.toBe('DE');
    await page.keyboard.press('Tab'); // employment type: Full time
    await page.keyboard.press('Tab');
    await page.keyboard.type('90000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('115,000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('EUR');
    await expect(page.locator('#jdb-currency').inputValue()).resolves.toBe('EUR');
  }

  it('fills the form with the keyboard, previews the ad and edits its lines', async () => {
    const page = await open();
    await fillWithKeyboard(page);
    const text = () => preview(page).textContent();
    await expect.poll(text).toContain('Lead Product Manager, Payments');
    await expect(text()).resolves.toContain('Berlin, Berlin, Germany');
    await expect(text()).resolves.toContain('€90,000 to €115,000 a year');
    await expect(text()).resolves.toContain(
      'As our Lead Product Manager, Payments, you will own the checkout and payments products.',
    );
    await expect(text()).resolves.toContain(
      '4-5+ years of experience in product management or a related role.',
    );
    await expect(preview(page).locator('a').getAttribute('href')).resolves.toBe('https://acme.example/');

    // Add a line of our own with Enter, then move it up with the keyboard.
    const lines = page.locator('[data-list="responsibility"] [data-lines] > li');
    const before = await lines.count();
    await page.locator('#jdb-own-responsibility').focus();
    await page.keyboard.type('Own the payments roadmap for the next two years.');
    await page.keyboard.press('Enter');
    await expect.poll(() => lines.count()).toBe(before + 1);
    await expectStatus(page, `Line added as number ${before + 1}`);
    await page.locator(`#jdb-responsibility-${before}`).focus();
    await page.keyboard.press('Tab'); // Move up (Move down is disabled on the last line)
    await page.keyboard.press('Enter');
    await expectStatus(page, `Line moved to number ${before}`);
    await expect(page.locator(`#jdb-responsibility-${before - 1}`).inputValue()).resolves.toBe(
      'Own the payments roadmap for the next two years.',
    );
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-index'))).resolves.toBe(
      String(before - 1),
    );

    // Add a duty from the guide's pick-list, edit a requirement, remove a preferred line.
    const pick = page.locator('#jdb-pick-responsibility');
    const duty = (await pick.locator('option').nth(1).textContent())!;
    await pick.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => lines.count()).toBe(before + 2);
    await expect(text()).resolves.toContain(duty);
    await page.locator('#jdb-required-0').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Twice, ideally.');
    await expect.poll(text).toContain('all the way to launch. Twice, ideally.');
    const preferred = page.locator('[data-list="preferred"] [data-lines] > li');
    const preferredBefore = await preferred.count();
    const gone = await page.locator('#jdb-preferred-0').inputValue();
    await page.locator('[data-list="preferred"] button[data-action="remove"][data-index="0"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => preferred.count()).toBe(preferredBefore - 1);
    await expectStatus(page, 'Line removed');
    await expect(text()).resolves.not.toContain(gone);

    await expect(page.locator('[data-problems]').isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-missing]').textContent()).resolves.toContain(
      'Every field Google requires is filled in.',
    );
  });

  it('copies and downloads every format, each matching the preview', async () => {
    const page = await open();
    await fillWithKeyboard(page);
    await expect.poll(() => preview(page).textContent()).toContain('€90,000');

    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await expectStatus(page, 'Copied as Markdown');
    const markdown = await clipboardText(page);
    expect(markdown).toMatch(/^# Lead Product Manager, Payments\n\n- \*\*Company:\*\* Acme Analytics\n/);
    expect(markdown).toContain('## About Acme Analytics');

    await page.getByRole('button', { name: 'Copy plain text' }).click();
    await expectStatus(page, 'Copied as plain text');
    const text = await clipboardText(page);
    expect(text).toMatch(/^Lead Product Manager, Payments\n\nCompany: Acme Analytics\n/);

    await page.getByRole('button', { name: 'Copy formatted text' }).click();
    await expectStatus(page, 'Copied as formatted text');
    const rich = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        types: item!.types,
        html: await (await item!.getType('text/html')).text(),
        plain: await (await item!.getType('text/plain')).text(),
      };
    });
    expect(rich.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(parse(rich.html).querySelector('h1')?.textContent).toBe('Lead Product Manager, Payments');
    expect(rich.plain).toBe(text);

    await page.getByRole('button', { name: 'Copy JSON-LD' }).click();
    await expectStatus(page, 'Copied the JSON-LD block');
    const block = await clipboardText(page);
    expect(block).toMatch(/^<script type="application\/ld\+json">\n/);
    const posting = JSON.parse(block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>')));
    expect(missingRequiredFields(posting)).toEqual([]);
    expect(posting).toMatchObject({
      '@type': 'JobPosting',
      title: 'Lead Product Manager, Payments',
      hiringOrganization: { name: 'Acme Analytics', sameAs: 'https://acme.example/' },
      jobLocation: { address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
      baseSalary: { currency: 'EUR', value: { minValue: 90000, maxValue: 115000, unitText: 'YEAR' } },
      employmentType: 'FULL_TIME',
    });
    await expect(page.locator('[data-jsonld]').textContent()).resolves.toBe(block);

    const downloads: Record<string, string> = {};
    for (const [label, extension] of [
      ['Download .md', 'md'],
      ['Download .html', 'html'],
      ['Download .txt', 'txt'],
      ['Download JSON-LD', 'jsonld.html'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`lead-product-manager-payments-acme-analytics.${extension}`);
      downloads[extension] = await readFile((await download.path())!, 'utf8');
      await expectStatus(page, `Downloaded lead-product-manager-payments-acme-analytics.${extension}`);
    }
    expect(downloads['md']).toBe(markdown);
    expect(downloads['txt']).toBe(text);
    expect(downloads['jsonld.html']).toBe(block);
    const html = parse(downloads['html']!);
    expect(html.querySelector('title')?.textContent).toBe('Lead Product Manager, Payments');
    // The clipboard re-serialises HTML (quotes and all), so compare what it says, element by element.
    const copied = parse(rich.html);
    for (const selector of ['h1', 'h2', 'p', 'li', 'a']) {
      const texts = (root: typeof html) => root.querySelectorAll(selector).map((el) => el.textContent);
      expect(texts(html.querySelector('main')!)).toEqual(texts(copied));
    }
  });

  it('reopens a shared link in a fresh browser with the same draft', async () => {
    const page = await open();
    await fillWithKeyboard(page);
    await page.locator('#jdb-own-preferred').fill('Has hired a PM before.');
    await page.locator('#jdb-own-preferred').press('Enter');
    await page.getByRole('button', { name: 'Copy link to this draft' }).click();
    await expectStatus(page, 'Copied the link to this draft');
    const link = await clipboardText(page);
    expect(link).toMatch(new RegExp(`^${site.url(PATH)}#jd=v1\\.[A-Za-z0-9_-]+$`));
    const original = await preview(page).innerHTML();

    // A new context shares no storage: only the link carries the draft.
    const other = await open(PHONE, link.slice(link.indexOf('#')));
    await expect(other.locator('[data-notice]').textContent()).resolves.toBe(
      'Opened the draft from the link.',
    );
    await expect(other.locator('#jdb-company').inputValue()).resolves.toBe('Acme Analytics');
    await expect(other.locator('#jdb-country').inputValue()).resolves.toBe('DE');
    await expect(other.locator('#jdb-currency').inputValue()).resolves.toBe('EUR');
    await expect(preview(other).innerHTML()).resolves.toBe(original);
  });

  it('keeps the draft in this browser and resets it, with undo', async () => {
    const page = await open();
    await page.locator('#jdb-company').fill('Saved Co');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('lead-pm-guide:jd-builder')))
      .toMatch(/^v1\./);
    await page.goto(site.url(PATH));
    await page.locator('[data-jdb][data-ready]').waitFor({ state: 'attached' });
    await expect(page.locator('#jdb-company').inputValue()).resolves.toBe('Saved Co');
    await expect(page.locator('[data-notice]').textContent()).resolves.toMatch(/Restored your last draft/);

    await page.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Enter');
    await expectStatus(page, 'Draft reset to the defaults');
    await expect(page.locator('#jdb-company').inputValue()).resolves.toBe('');
    await expect(page.locator('#jdb-title').inputValue()).resolves.toBe('Lead Product Manager');
    await expect(
      page.evaluate(() => [localStorage.getItem('lead-pm-guide:jd-builder'), location.hash]),
    ).resolves.toEqual([null, '']);
    await page.getByRole('button', { name: 'Undo reset' }).click();
    await expectStatus(page, 'Draft restored');
    await expect(page.locator('#jdb-company').inputValue()).resolves.toBe('Saved Co');
  });

  it.each([
    ['#jd=v1.%%%not-base64', 'could not be read'],
    ['#jd=v1.eyJ0aXRsZSI6', 'could not be read'],
    ['#jd=hello', 'could not be read'],
    ['#jd=v7.e30', 'newer version'],
    [`#jd=v1.${'A'.repeat(260_000)}`, 'too long'],
    [
      '#jd=v1.' +
        Buffer.from('{"title":"</script><script>window.pwned=1</script>","responsibility":"x"}').toString(
          'base64url',
        ),
      'Opened',
    ],
  ])('opens the default or a checked draft for a hostile link %#', async (hash, message) => {
    const page = await open(DESKTOP, hash);
    await expect(page.locator('[data-notice]').textContent()).resolves.toContain(message);
    await expect(page.locator('[data-notice]').isVisible()).resolves.toBe(true);
    await expect(
      page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).resolves.toBeUndefined();
    if (message !== 'Opened')
      await expect(page.locator('#jdb-title').inputValue()).resolves.toBe('Lead Product Manager');
    else
      await expect(preview(page).locator('h4').textContent()).resolves.toBe(
        '</script><script>window.pwned=1</script>',
      );
  });

  it('shows hostile and over-long input as inert text and blocks export until it fits', async () => {
    const page = await open();
    const payload = '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">';
    await page.locator('#jdb-company').fill(payload);
    await page.locator('#jdb-title').fill('مدير منتجات رئيسي 👩🏽‍💻');
    await page.locator('#jdb-own-required').fill('javascript:alert(1) \u2028 "quoted"');
    await page.locator('#jdb-own-required').press('Enter');
    await expect.poll(() => preview(page).textContent()).toContain(payload);
    await expect(preview(page).locator('img, script').count()).resolves.toBe(0);
    await expect(preview(page).locator('h4').getAttribute('dir')).resolves.toBe('auto');
    await expect(preview(page).locator('h4').textContent()).resolves.toBe('مدير منتجات رئيسي 👩🏽‍💻');
    const code = (await page.locator('[data-jsonld]').textContent())!;
    expect(code.match(/<\/script>/g)).toHaveLength(1);
    expect(code).toContain('\\u003c/script\\u003e\\u003cscript\\u003e');

    // 10,000 characters are fine; one more shows a message and stops every export.
    await page.locator('#jdb-about').fill('x'.repeat(10_000));
    await expect(page.locator('#jdb-about-error').isVisible()).resolves.toBe(false);
    await page.locator('#jdb-about').fill('x'.repeat(10_001));
    await expect(page.locator('#jdb-about-error').textContent()).resolves.toBe(
      '10,001 characters; the limit is 10,000. Shorten it to export.',
    );
    await expect(page.locator('#jdb-about').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#jdb-about').inputValue()).resolves.toHaveLength(10_001);
    await page.locator('#jdb-salaryMin').fill('-5');
    await page.locator('#jdb-salaryMax').fill('lots');
    await expect.poll(() => page.locator('[data-problem-list] li').count()).toBe(3);
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await expectStatus(page, /^Not exported/);
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-problems'))).resolves.toBe(
      true,
    );
    // A problem in the summary takes you to its field.
    await page.locator('[data-problem-list] button').first().press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('jdb-about');
    await expect(
      page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).resolves.toBeUndefined();
  });

  it('describes a remote job with TELECOMMUTE and the countries applicants may live in', async () => {
    const page = await open();
    await page.locator('#jdb-company').fill('Remote Co');
    await page.locator('input[name="workplace"][value="hybrid"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#jdb-locality').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-missing-list]').textContent()).resolves.toContain(
      'Countries applicants may live in (applicantLocationRequirements)',
    );
    await page.locator('#jdb-remoteCountries').fill('us, CA, XX');
    await expect
      .poll(() => page.locator('#jdb-remoteCountries-error').textContent())
      .toContain('“XX” is not a two-letter country code.');
    await page.locator('#jdb-remoteCountries').fill('us, CA');
    await expect
      .poll(() => page.locator('[data-missing]').textContent())
      .toContain('Every field Google requires is filled in.');
    const code = (await page.locator('[data-jsonld]').textContent())!;
    const posting = JSON.parse(code.slice(code.indexOf('>') + 1, code.lastIndexOf('</script>')));
    expect(posting['jobLocationType']).toBe('TELECOMMUTE');
    expect(posting['applicantLocationRequirements']).toEqual([
      { '@type': 'Country', name: 'United States' },
      { '@type': 'Country', name: 'Canada' },
    ]);
    expect(posting['jobLocation']).toBeUndefined();
    // The closing date follows the date posted, 60 days on, in the reader's own time zone.
    const expected = await page.evaluate(() => {
      const d = new Date();
      const later = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 60);
      const iso = (x: Date) =>
        `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;
      return [iso(d), iso(later)];
    });
    expect([posting['datePosted'], posting['validThrough']]).toEqual(expected);
  });

  it.each([
    ['phone', PHONE, 'dark'],
    ['desktop', DESKTOP, 'light'],
  ] as const)(
    'has no axe violations at %s width, also while showing errors',
    async (_name, viewport, scheme) => {
      const page = await open(viewport, '', scheme);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('#jdb-salaryMin').fill('-1');
      await page.locator('input[name="workplace"][value="remote"]').check();
      await page.locator('#jdb-remoteCountries').fill('zz');
      await page.locator('#jdb-own-required').fill('A line of our own');
      await page.locator('#jdb-own-required').press('Enter');
      await expect.poll(() => page.locator('[data-problems]').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const page = await open({ width: 360, height: 740 });
    await page.locator('#jdb-about').fill('w'.repeat(400));
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBe(widths[1]);
  });
});
