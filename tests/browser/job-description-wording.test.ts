/**
 * The builder's inclusive-wording panel in Chromium, by keyboard, in English and Persian: coded
 * words typed into the form appear as findings of each kind with the ad's lean, an item takes the
 * reader to the words, fixing a word clears its finding, and axe finds nothing while findings show.
 * The lists and rules are tested in tests/unit/wording.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/browser';
import { typeInto, until, useBuilderPage } from '../support/jd-page';

const EN = 'hiring/job-description-builder/';
const FA = 'fa/hiring/job-description-builder/';

const builder = useBuilderPage();

/** The builder with nothing stored, once the wording panel has its first check. */
async function start(path: string): Promise<Page> {
  const page = await builder.start('', path);
  await page.locator('[data-wording][data-ready]').waitFor({ state: 'visible', timeout: 20_000 });
  return page;
}

/** The findings shown, each as "kind: text of the item". */
const items = (page: Page) =>
  page
    .locator('[data-wording-list] > li')
    .evaluateAll((lis) => lis.map((li) => `${(li as HTMLElement).dataset['kind']}: ${li.textContent}`));
const lean = (page: Page) =>
  page.locator('[data-wording-lean]').evaluate((el) => ({ ...(el as HTMLElement).dataset }));

describe('the wording panel in English', () => {
  it('finds each kind as it is typed, leads to the words, and clears a fixed word', async () => {
    const page = await start(EN);
    const before = await lean(page);
    await typeInto(page, '#jdb-about', 'We want a young rockstar: aggressive, competitive and supportive.');
    await until(() => items(page)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^age: About the company: young \(age\) Try: leave it out/),
        expect.stringMatching(/^jargon: About the company: rockstar \(jargon\) Try: skilled, experienced\.$/),
        expect.stringMatching(/^masculine: About the company: aggressive \(masculine-coded\)/),
        expect.stringMatching(/^masculine: About the company: competitive \(masculine-coded\)/),
        expect.stringMatching(/^feminine: About the company: supportive \(feminine-coded\)/),
      ]),
    );
    const after = await lean(page);
    expect(Number(after['masculine'])).toBe(Number(before['masculine']) + 2);
    expect(Number(after['feminine'])).toBe(Number(before['feminine']) + 1);
    await expect(page.locator('[data-wording-lean]').textContent()).resolves.toMatch(/^Gender coding: /);

    // An inflated requirement in a line of the required list.
    await typeInto(page, '#jdb-required-0', '10+ years in product management, degree required.');
    await until(() => items(page)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^inflated: What you need, line 1: 10\+ years \(inflated requirement\)/),
        expect.stringMatching(/^inflated: What you need, line 1: degree required/),
      ]),
    );

    // An item takes the keyboard to the words, selected in their field.
    await page.locator('[data-wording-list] li[data-kind="jargon"] button').focus();
    await page.keyboard.press('Enter');
    await until(() =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLTextAreaElement;
        return `${el.id}:${el.value.slice(el.selectionStart, el.selectionEnd)}`;
      }),
    ).toBe('jdb-about:rockstar');

    expect(await axeViolations(page, '[data-jdb]')).toEqual([]);

    // Typing over the selected word fixes it; its finding goes.
    await page.keyboard.type('skilled PM');
    await until(() => items(page)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^jargon:/)]));
    await expect(items(page)).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/^age: /)]));
  });

  it('says when the ad has nothing to look at', async () => {
    const page = await start(EN);
    // Empty every list, by keyboard: the guide's own lines use words such as "lead" and "support".
    for (const kind of ['responsibility', 'required', 'preferred']) {
      const remove = page.locator(`[data-list="${kind}"] button[data-action="remove"]`);
      await remove.first().waitFor();
      for (let left = await remove.count(); left > 0; left--) {
        await remove.first().focus();
        await page.keyboard.press('Enter');
        await until(() => remove.count()).toBe(left - 1);
      }
    }
    await typeInto(page, '#jdb-title', 'Product manager');
    await until(() => items(page)).toEqual([]);
    await expect(page.locator('[data-wording-none]').isVisible()).resolves.toBe(true);
    await expect(lean(page)).resolves.toMatchObject({ lean: 'empty', masculine: '0', feminine: '0' });
  });
});

describe('the wording panel in Persian', () => {
  it('finds the phrasings of Iranian ads and English jargon, and clears a fixed one', async () => {
    const page = await start(FA);
    await typeInto(
      page,
      '#jdb-about',
      'ترجیحاً آقا، حداکثر ۳۰ سال، دارای کارت پایان خدمت، متأهل، با ظاهر آراسته؛ یک rockstar می‌خواهیم.',
    );
    await until(() =>
      items(page).then((list) =>
        list.map((i) => i.split(':')[0]).filter((k) => k !== 'masculine' && k !== 'feminine'),
      ),
    ).toEqual(expect.arrayContaining(['gender', 'age', 'military', 'marital', 'appearance', 'jargon']));
    const texts = await items(page);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^gender: درباره‌ی شرکت: ترجیحاً آقا \(جنسیت\) پیشنهاد: جنسیت را ننویسید/),
        expect.stringMatching(/^age: درباره‌ی شرکت: حداکثر ۳۰ سال \(سن\)/),
        expect.stringMatching(/^appearance: درباره‌ی شرکت: ظاهر آراسته \(ظاهر\)/),
      ]),
    );
    await expect(page.locator('[data-wording-lean]').textContent()).resolves.toMatch(
      /^بار جنسیتی واژه‌های انگلیسی: /,
    );

    expect(await axeViolations(page, '[data-jdb]')).toEqual([]);

    await typeInto(page, '#jdb-about', 'ما ابزار تحلیل داده برای فروشگاه‌های کوچک می‌سازیم.');
    await until(() => items(page)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(gender|military|marital|appearance|jargon):/)]),
    );
  });
});
