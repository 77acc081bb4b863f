/**
 * The settings the committed curriculum (problems/train/generated/) was made with; the test
 * regenerates with them and compares byte for byte.
 */
export const CURRICULUM_DEFAULTS = {
  seed: 7,
  count: 1200,
  out: 'problems/train/generated',
  exclude: ['problems/valid', 'problems/train'],
} as const;
