/**
 * The job-description builder's drafts in Chromium: kept across reloads and reset with undo, shared
 * links and the Back button, links that are broken, hostile or from a newer version, an unreadable
 * saved draft, two tabs, and a clipboard that refuses. The form itself is in
 * job-description-builder.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { newPage, PHONE } from '../support/browser';
import { defaults, linkHash, sampleState } from '../support/jd-fixtures';
import {
  clipboardText,
  company,
  expectStatus,
  fillWithKeyboard,
  KEY,
  notice,
  PATH,
  preview,
  saved,
  status,
  stored,
  until,
  useBuilderPage,
} from '../support/jd-page';

const { browser, site, load, start } = useBuilderPage();

describe('the job description builder’s drafts', () => {
  it('keeps the draft in this browser and resets it, with undo', async () => {
    const page = await start();
    await company(page).fill('Saved Co');
    await saved(page, 'Saved Co');
    await load(page);
    await expect(company(page).inputValue()).resolves.toBe('Saved Co');
    await expect(notice(page).textContent()).resolves.toMatch(/Restored your last draft/);

    await page.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Enter');
    await expectStatus(page, 'Draft reset to the defaults');
    await expect(company(page).inputValue()).resolves.toBe('');
    await expect(page.locator('#jdb-title').inputValue()).resolves.toBe('Lead Product Manager');
    await expect(
      page.evaluate(() => [localStorage.getItem('lead-pm-guide:jd-builder'), location.hash]),
    ).resolves.toEqual([null, '']);
    await page.getByRole('button', { name: 'Undo reset' }).click();
    await expectStatus(page, 'Draft restored');
    await expect(company(page).inputValue()).resolves.toBe('Saved Co');
    await load(page);
    await expect(company(page).inputValue()).resolves.toBe('Saved Co');
  });

  it('never lets the Back button bring an older draft back over the one being edited', async () => {
    const page = await start();
    await company(page).fill('First Co');
    await saved(page, 'First Co');
    await page.locator('starlight-toc a[href="#how-to-use-it"]').click();
    await page.waitForURL('**#how-to-use-it');
    await company(page).fill('Second Co');
    await page.goBack();
    await until(() => page.evaluate(() => location.hash)).toBe('');
    await expect(company(page).inputValue()).resolves.toBe('Second Co');
    await expect(notice(page).textContent()).resolves.not.toContain('Opened the draft from the link');
    await company(page).press('End');
    await page.keyboard.type('!');
    await saved(page, 'Second Co!');
    await load(page);
    await expect(company(page).inputValue()).resolves.toBe('Second Co!');

    // A page opened from a link: the link leaves the address, so Back cannot reopen it either.
    await load(page, linkHash({ ...defaults(), company: 'From A Link' }));
    await expect(page.evaluate(() => location.hash)).resolves.toBe('');
    await company(page).fill('Edited Link Co');
    await page.locator('starlight-toc a[href="#how-to-use-it"]').click();
    await page.waitForURL('**#how-to-use-it');
    await page.goBack();
    await until(() => page.evaluate(() => location.hash)).toBe('');
    await expect(company(page).inputValue()).resolves.toBe('Edited Link Co');
    await saved(page, 'Edited Link Co');
  });

  it('opens a shared link without losing the draft it replaces, and in a fresh browser', async () => {
    const page = await start();
    await fillWithKeyboard(page);
    await page.locator('#jdb-own-preferred').fill('Has hired a PM before.');
    await page.locator('#jdb-own-preferred').press('Enter');
    await expectStatus(page, 'Line added as number 8');
    await page.getByRole('button', { name: 'Copy link to this draft' }).press('Enter');
    await expectStatus(page, 'Copied the link to this draft');
    const link = await clipboardText(page);
    expect(link).toMatch(new RegExp(`^${site().url(PATH)}#jd=v1\\.[A-Za-z0-9_-]+$`));
    const original = await preview(page).innerHTML();

    // A new context shares no storage: only the link carries the draft.
    const other = await newPage(browser(), { viewport: PHONE });
    await other.goto(link);
    await other.locator('[data-jdb][data-ready]').waitFor({ state: 'attached' });
    await expect(other.locator('[data-notice-text]').textContent()).resolves.toBe(
      'Opened the draft from the link.',
    );
    await expect(other.locator('[data-restore]').isHidden()).resolves.toBe(true);
    await expect(other.locator('#jdb-company').inputValue()).resolves.toBe('Acme Analytics');
    await expect(other.locator('#jdb-country').inputValue()).resolves.toBe('DE');
    await expect(other.locator('#jdb-currency').inputValue()).resolves.toBe('EUR');
    await until(() => other.locator('[data-preview]').innerHTML()).toBe(original);
    await other.close();

    // Someone else's link, here: it opens, and the reader's own draft is kept to restore.
    await company(page).fill('My Own Co');
    await page.keyboard.type('!');
    // Within a moment of that keystroke, before the draft is saved, another link arrives.
    await page.evaluate(
      (hash) => (location.hash = hash),
      linkHash({ ...sampleState(), company: 'Their Co' }),
    );
    await until(() => company(page).inputValue()).toBe('Their Co');
    await expect(notice(page).textContent()).resolves.toBe(
      'Opened the draft from the link. The draft you had before is kept in this browser.',
    );
    await company(page).press('End');
    await page.keyboard.type(' edited');
    await saved(page, 'Their Co edited');
    await load(page);
    await expect(company(page).inputValue()).resolves.toBe('Their Co edited');
    await page.evaluate(
      (hash) => (location.hash = hash),
      linkHash({ ...sampleState(), company: 'Third Co' }),
    );
    await until(() => company(page).inputValue()).toBe('Third Co');
    await page.getByRole('button', { name: 'Restore your previous draft' }).click();
    await until(() => company(page).inputValue()).toBe('Their Co edited');
    await page.getByRole('button', { name: 'Restore your previous draft' }).click();
    await until(() => company(page).inputValue()).toBe('Third Co');
    await page.getByRole('button', { name: 'Restore your previous draft' }).click();
    await load(page);
    await expect(company(page).inputValue()).resolves.toBe('Their Co edited');
  });

  it('keeps the saved draft when a link is cut short, corrupt, newer or huge', async () => {
    const page = await start();
    await company(page).fill('Kept Co');
    await saved(page, 'Kept Co');
    const good = linkHash(sampleState());
    for (const [hash, message] of [
      [good.slice(0, good.length / 2), 'This link could not be read.'],
      ['#jd=v1.%%%not-base64', 'This link could not be read.'],
      ['#jd=hello', 'This link could not be read.'],
      ['#jd=v7.e30', 'This link comes from a newer version of the builder'],
      [`#jd=v1.${'A'.repeat(1_000_000)}`, 'This link is too long to be a draft.'],
    ] as const) {
      await load(page, hash);
      await expect(notice(page).textContent()).resolves.toContain(message);
      await expect(notice(page).textContent()).resolves.toContain('Your own draft is unchanged.');
      await expect(company(page).inputValue()).resolves.toBe('Kept Co');
      await expect(page.evaluate(() => location.hash)).resolves.toBe('');
    }
    await company(page).press('End');
    await page.keyboard.type('!');
    await saved(page, 'Kept Co!');
  });

  it('shows a hostile link as inert text', async () => {
    const page = await start(
      '#jd=v1.' +
        Buffer.from('{"title":"</script><script>window.pwned=1</script>","responsibility":"x"}').toString(
          'base64url',
        ),
    );
    await expect(notice(page).textContent()).resolves.toContain('Opened the draft from the link');
    await until(() => preview(page).locator('h4').textContent()).toBe(
      '</script><script>window.pwned=1</script>',
    );
    await expect(
      page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).resolves.toBeUndefined();
  });

  it('says so when the saved draft is unreadable, and keeps a newer version’s draft', async () => {
    const page = await start();
    await page.evaluate((key) => localStorage.setItem(key, 'v1.bm90IEpTT04'), KEY);
    await load(page);
    await expect(notice(page).textContent()).resolves.toContain('Your saved draft could not be read');
    await page.evaluate((key) => localStorage.setItem(key, 'v2.eyJjb21wYW55IjoiRnV0dXJlIENvIn0'), KEY);
    await load(page);
    await expect(notice(page).textContent()).resolves.toContain('comes from a newer version of this page');
    await company(page).fill('Older page Co');
    await until(() => preview(page).textContent()).toContain('Older page Co');
    await expect(stored(page)).resolves.toBe('v2.eyJjb21wYW55IjoiRnV0dXJlIENvIn0');
  });

  it('shows what another tab saved instead of saving over it', async () => {
    const page = await start();
    await company(page).fill('Tab One Co');
    await saved(page, 'Tab One Co');
    const second = await page.context().newPage();
    await second.goto(site().url(PATH));
    await second.locator('[data-jdb][data-ready]').waitFor({ state: 'attached' });
    await second.locator('#jdb-company').fill('Tab Two Co');
    await until(() => company(page).inputValue()).toBe('Tab Two Co');
    await expect(notice(page).textContent()).resolves.toContain('changed in another tab');
    await second.close();
    await load(page);
    await expect(company(page).inputValue()).resolves.toBe('Tab Two Co');
  });

  it('offers the link to copy by hand when the clipboard refuses', async () => {
    const page = await start();
    await company(page).fill('Clipboard Co');
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.getByRole('button', { name: 'Copy link to this draft' }).press('Enter');
    await expectStatus(page, /^Could not copy the link\. It is in the box under the buttons/);
    await expect(status(page).textContent()).resolves.not.toContain('preview');
    const box = page.getByLabel('Link to this draft');
    await expect(box.isVisible()).resolves.toBe(true);
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const link = await box.inputValue();
    expect(link).toMatch(new RegExp(`^${site().url(PATH)}#jd=v1\\.`));
  });
});
