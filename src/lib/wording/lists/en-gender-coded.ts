/**
 * The masculine- and feminine-coded words of Gaucher, Friesen and Kay (2011), Appendix A ("List of
 * Masculine and Feminine Words Coded in Studies 1 and 2"), with the additions the Gender Decoder
 * makes in its app/wordlists.py (MIT License, read at commit 73724e6, March 2023). Entries marked
 * with an asterisk in the study are stems here; entries without one are whole words, as the study
 * prints them. The Decoder's additions keep its stems. The study's "Implusive" is spelled
 * "impulsive", as the Decoder spells it. Suggestions are the guide's own advice.
 */
import type { WordEntry, WordList } from '../types';

const study = (match: string, suggest?: string): WordEntry => ({
  match,
  origin: 'study',
  ...(suggest ? { suggest } : {}),
});
const decoder = (match: string, suggest?: string): WordEntry => ({
  match,
  origin: 'decoder',
  ...(suggest ? { suggest } : {}),
});

const SOURCES = ['gaucher-2011', 'gender-decoder'] as const;

/**
 * Not hits: "competent" and "competence" name a skill, not competing (the guide's rule; the
 * Decoder counts them); "SharePoint" (the Decoder's one exception); the job's own title, which
 * every ad for this job must name; "individual contributor", a career track; "kind of".
 */
const EXCEPT = [
  'competen*',
  'sharepoint',
  'lead product manager*',
  'lead pm',
  'lead pms',
  'individual contributor*',
  'kind of',
] as const;

export const MASCULINE_CODED: WordList = {
  id: 'en-masculine',
  kind: 'masculine',
  lang: 'en',
  sources: SOURCES,
  except: EXCEPT,
  entries: [
    study('active', 'involved'),
    study('adventurous', 'curious'),
    study('aggress*', 'proactive, persistent'),
    study('ambitio*', 'motivated, keen to grow'),
    study('analy*', 'works from evidence'),
    study('assert*', 'clear, direct'),
    study('athlet*'),
    study('autonom*', 'works on their own judgment'),
    decoder('battle*', 'work through'),
    study('boast*'),
    study('challeng*', 'hard problem, stretch'),
    decoder('champion*', 'speak up for, back'),
    study('compet*', 'skilled; for rivals: other companies in the market'),
    study('confident', 'sure of their reasoning'),
    study('courag*', 'willing to raise hard issues'),
    decoder('decid*', 'choose, settle'),
    study('decision*', 'choice, call'),
    study('decisive', 'makes timely choices'),
    decoder('defend*', 'explain, stand behind'),
    study('determin*', 'committed'),
    study('domina*', 'leading, well placed'),
    study('dominant', 'leading'),
    decoder('driven*', 'motivated'),
    decoder('fearless*', 'willing to try'),
    decoder('fight*', 'work for, push for'),
    study('force*', 'push for, bring about'),
    study('greedy'),
    decoder('head-strong*'),
    study('headstrong', 'persistent'),
    study('hierarch*', 'structure, levels'),
    study('hostil*'),
    study('impulsive', 'quick to act'),
    study('independen*', 'self-directed'),
    study('individual*', 'each person'),
    study('intellect*', 'thoughtful, curious'),
    study('lead*', 'guide, run, take part in'),
    study('logic', 'reasoning'),
    study('masculine'),
    study('objective', 'goal'),
    study('opinion', 'view'),
    study('outspoken', 'says what they think'),
    study('persist', 'keep going'),
    study('principle*', 'value'),
    study('reckless'),
    study('self-confiden*', 'sure of their reasoning'),
    study('self-relian*', 'resourceful'),
    study('self-sufficien*', 'resourceful'),
    decoder('selfconfiden*'),
    decoder('selfrelian*'),
    decoder('selfsufficien*'),
    study('stubborn', 'persistent'),
    study('superior', 'excellent'),
    decoder('unreasonab*'),
  ],
};

export const FEMININE_CODED: WordList = {
  id: 'en-feminine',
  kind: 'feminine',
  lang: 'en',
  sources: SOURCES,
  except: EXCEPT,
  entries: [
    study('affectionate'),
    decoder('agree*'),
    study('child*'),
    study('cheer*'),
    decoder('collab*'),
    study('commit*'),
    study('communal'),
    study('compassion*'),
    study('connect*'),
    study('considerate'),
    study('cooperat*'),
    decoder('co-operat*'),
    study('depend*'),
    study('emotiona*'),
    study('empath*'),
    decoder('enthusias*'),
    decoder('feel*'),
    study('feminine'),
    study('flatterable'),
    study('gentle'),
    study('honest'),
    decoder('inclusive*'),
    study('interdependen*'),
    study('interpersonal'),
    study('interpersona*'),
    decoder('inter-dependen*'),
    decoder('inter-personal*'),
    decoder('inter-persona*'),
    study('kind'),
    study('kinship'),
    study('loyal*'),
    study('modesty'),
    study('nag'),
    study('nurtur*'),
    study('pleasant*'),
    study('polite'),
    study('quiet*'),
    study('respon*'),
    study('sensitiv*'),
    decoder('share*'),
    decoder('sharin*'),
    study('submissive'),
    study('support*'),
    study('sympath*'),
    study('tender*'),
    study('together*'),
    study('trust*'),
    study('understand*'),
    study('warm*'),
    study('whin*'),
    study('yield*'),
  ],
};
