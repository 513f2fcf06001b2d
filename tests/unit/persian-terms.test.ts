import { describe, expect, it } from 'vitest';
import { readData } from '../support/data-files';
import { findAvoidedTerms, type PersianTermForms } from '../../src/lib/persian-terms';
import { termSchema } from '../../src/schemas/term';

const terms = readData('terms');
const levels = readData('levels');
const roles = readData('roles');
const skills = readData('skills');

describe('the Persian terms (src/data/terms.yaml)', () => {
  it('name only levels, roles and skills that exist', () => {
    const ids = (list: { id: string }[]) => new Set(list.map((e) => e.id));
    const [levelIds, roleIds, skillIds] = [ids(levels), ids(roles), ids(skills)];
    expect(terms.filter((t) => t.level && !levelIds.has(t.level)).map((t) => t.id)).toEqual([]);
    expect(terms.filter((t) => t.role && !roleIds.has(t.role)).map((t) => t.id)).toEqual([]);
    expect(terms.filter((t) => t.skill && !skillIds.has(t.skill)).map((t) => t.id)).toEqual([]);
  });

  it('give every rung of the ladder and every skill exactly one term', () => {
    for (const level of levels)
      expect(
        terms.filter((t) => t.level === level.id),
        level.id,
      ).toHaveLength(1);
    for (const skill of skills)
      expect(
        terms.filter((t) => t.skill === skill.id),
        skill.id,
      ).toHaveLength(1);
  });

  it('are what the levels, roles and skills call themselves in Persian', () => {
    const mismatches = terms.flatMap((t) => {
      const level = levels.find((l) => l.id === t.level);
      const role = roles.find((r) => r.id === t.role);
      const skill = skills.find((s) => s.id === t.skill);
      return [
        level && level.fa?.title !== t.fa.term ? `levels ${level.id}: ${level.fa?.title}` : '',
        role && role.fa?.title !== t.fa.term ? `roles ${role.id}: ${role.fa?.title}` : '',
        skill && skill.fa?.name !== t.fa.term ? `skills ${skill.id}: ${skill.fa?.name}` : '',
      ].filter(Boolean);
    });
    expect(mismatches).toEqual([]);
  });

  it('never list one concept’s term as another’s variant to avoid', () => {
    const approved = new Set(terms.flatMap((t) => [t.fa.term, t.fa.plural].filter(Boolean)));
    expect(terms.flatMap((t) => t.fa.avoid.filter((v) => approved.has(v)))).toEqual([]);
  });

  it('keep Senior, Lead and CPO apart, as the Iranian convention does', () => {
    const term = (id: string) => terms.find((t) => t.id === id)!.fa.term;
    expect(term('senior-pm')).toBe('مدیر محصول ارشد');
    expect(term('lead-pm')).toBe('مدیر محصول لید');
    expect(term('chief-product-officer')).toBe('مدیر ارشد محصول');
    expect(term('executives')).toBe('مدیران اجرایی');
  });

  it('refuse a variant that is the term itself', () => {
    const entry = { id: 'x', en: 'X', group: 'work', fa: { term: 'فصل', avoid: ['فصل'] } };
    expect(termSchema.safeParse(entry).success).toBe(false);
    expect(termSchema.safeParse({ ...entry, fa: { term: 'فصل', avoid: [] } }).success).toBe(true);
    expect(termSchema.safeParse({ ...entry, group: 'title', fa: { term: 'فصل', avoid: [] } }).success).toBe(
      false,
    );
  });
});

describe('findAvoidedTerms', () => {
  const sample: PersianTermForms[] = [
    { id: 'senior-pm', fa: { term: 'مدیر محصول ارشد', avoid: ['سنیور'] } },
    { id: 'executives', fa: { term: 'مدیران اجرایی', avoid: ['مدیران ارشد'] } },
    { id: 'cpo', fa: { term: 'مدیر ارشد محصول', plural: 'مدیران ارشد محصول', avoid: [] } },
    { id: 'hiring-manager', fa: { term: 'مدیر استخدام‌کننده', avoid: ['مدیر استخدام'] } },
    { id: 'pm', fa: { term: 'مدیر محصول', avoid: [] } },
    { id: 'apm', fa: { term: 'مدیر محصول تازه‌کار', avoid: ['دستیار مدیر محصول'] } },
    { id: 'strategy', fa: { term: 'استراتژی', avoid: ['راهبرد'] } },
  ];
  const variants = (text: string) => findAvoidedTerms(text, sample).map((h) => h.variant);

  it('finds an avoided variant as a whole word, with its context', () => {
    const [hit] = findAvoidedTerms('او مدیر محصول سنیور است.', sample);
    expect(hit).toMatchObject({ term: 'senior-pm', variant: 'سنیور' });
    expect(hit?.context).toContain('مدیر محصول سنیور');
  });

  it('counts a suffix after a zero-width non-joiner as the same word', () => {
    expect(variants('راهبرد‌ها را بنویسید')).toEqual(['راهبرد']);
  });

  it('does not find a variant inside a longer word', () => {
    expect(variants('راهبردی')).toEqual([]);
  });

  it('ignores a variant that is part of an approved form', () => {
    expect(variants('با مدیر استخدام‌کننده و مدیران ارشد محصول')).toEqual([]);
    expect(variants('با مدیر استخدام و مدیران ارشد شرکت')).toEqual(['مدیران ارشد', 'مدیر استخدام']);
  });

  it('finds a variant that merely ends in an approved form', () => {
    expect(variants('دستیار مدیر محصول')).toEqual(['دستیار مدیر محصول']);
  });
});
