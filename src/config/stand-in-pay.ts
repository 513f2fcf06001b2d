/**
 * The pay figures the guide quotes when it needs one headline for the role: the home page's quick
 * facts and the Occupation structured data. No statistics office measures lead PMs, and the one
 * career article with figures for the title names no survey, so both show the closest official
 * stand-in, one occupation and one data year, labelled as such. Ids of src/data/salary-figures.yaml.
 */
export const STAND_IN_PAY = {
  p10: 'bls-cis-managers-2024-p10',
  median: 'bls-cis-managers-2024-median',
  p90: 'bls-cis-managers-2024-p90',
} as const;
