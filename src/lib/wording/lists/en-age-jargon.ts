/**
 * English words that point at age, and jargon that puts many readers off. The guide's own lists:
 * the age list starts from phrases that AARP (2019) and the Center for Retirement Research at
 * Boston College name as age-biased ("recent college graduate", "digital native", "energetic");
 * the rest, and every suggestion, is our advice. Limits written with numbers ("under 35") are
 * rules in requirement-rules.ts.
 */
import type { WordList } from '../types';

export const AGE_CODED_EN: WordList = {
  id: 'en-age',
  kind: 'age',
  lang: 'en',
  sources: ['aarp-age-bias-2019', 'crr-young-workers'],
  entries: [
    { match: 'young', suggest: 'leave it out, or say what the team does' },
    { match: 'youthful', suggest: 'leave it out' },
    { match: 'digital native*', suggest: 'fluent with the tools the team uses (name them)' },
    { match: 'recent grad*', suggest: 'leave it out, or say which skills you need' },
    { match: 'recent college grad*', suggest: 'leave it out, or say which skills you need' },
    { match: 'new grad*', suggest: 'leave it out, or say which skills you need' },
    { match: 'fresh grad*', suggest: 'leave it out, or say which skills you need' },
    { match: 'energetic', suggest: 'motivated, engaged' },
    { match: 'high-energy', suggest: 'motivated, engaged' },
    { match: 'high energy', suggest: 'motivated, engaged' },
    { match: 'young team', suggest: 'a team of six PMs and designers (say who)' },
    { match: 'young company', suggest: 'a company founded in 2023 (say when)' },
    { match: 'overqualified', suggest: 'leave it out' },
    { match: 'millennial*', suggest: 'leave it out' },
    { match: 'gen z', suggest: 'leave it out' },
  ],
};

export const JARGON_EN: WordList = {
  id: 'en-jargon',
  kind: 'jargon',
  lang: 'en',
  sources: [],
  entries: [
    { match: 'rockstar', suggest: 'skilled, experienced' },
    { match: 'rockstars', suggest: 'skilled, experienced' },
    { match: 'rock star', suggest: 'skilled, experienced' },
    { match: 'rock stars', suggest: 'skilled, experienced' },
    { match: 'ninja', suggest: 'expert' },
    { match: 'ninjas', suggest: 'expert' },
    { match: 'guru', suggest: 'expert' },
    { match: 'gurus', suggest: 'expert' },
    { match: 'wizard', suggest: 'expert' },
    { match: 'wizards', suggest: 'expert' },
    { match: 'superstar', suggest: 'strong, experienced' },
    { match: 'superstars', suggest: 'strong, experienced' },
    { match: 'unicorn', suggest: 'name the two or three skills you need most' },
    { match: 'unicorns', suggest: 'name the two or three skills you need most' },
    { match: 'jedi', suggest: 'expert' },
    { match: 'jedis', suggest: 'expert' },
    { match: 'hacker*', suggest: 'engineer, builder' },
    { match: 'crush it', suggest: 'do well, meet the goals' },
    { match: 'crushing it', suggest: 'doing well' },
    { match: 'kill it', suggest: 'do well' },
    { match: 'killing it', suggest: 'doing well' },
    { match: 'work hard play hard', suggest: 'say what the hours and the perks are' },
    { match: 'hit the ground running', suggest: 'say what the first months hold' },
    { match: 'wear many hats', suggest: 'list the main tasks' },
    { match: 'wears many hats', suggest: 'list the main tasks' },
    { match: 'fast-paced', suggest: 'say how often you ship, or how big the team is' },
    { match: 'fast paced', suggest: 'say how often you ship, or how big the team is' },
    { match: 'like a family', suggest: 'say how the team works together' },
    { match: 'whatever it takes', suggest: 'say what the hours are' },
    { match: 'hustle*', suggest: 'say what the workload is' },
    { match: 'grind*', suggest: 'say what the workload is' },
    { match: '10x', suggest: 'strong, experienced' },
    { match: 'culture fit', suggest: 'shares our values: name them' },
  ],
};
