/**
 * The unbiased pass@k estimator (Chen et al. 2021, "Evaluating Large Language Models Trained on
 * Code"): with n attempts of which c succeeded, pass@k = 1 − C(n−c, k) / C(n, k), the chance that
 * k attempts drawn without replacement from the n include a success. Computed as the product
 * 1 − ∏_{i=n−c+1}^{n} (1 − k/i), which never forms a binomial coefficient (no overflow, no
 * catastrophic cancellation for large n).
 */

/** pass@k for one problem. Requires 0 ≤ c ≤ n and 1 ≤ k ≤ n. */
export function passAtK(n: number, c: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(c) || !Number.isInteger(k) || c < 0 || c > n || k < 1 || k > n) {
    throw new Error(`internal error: pass@k needs 0 ≤ c ≤ n and 1 ≤ k ≤ n, got n=${n} c=${c} k=${k}`);
  }
  if (n - c < k) return 1;
  let allFail = 1;
  for (let i = n - c + 1; i <= n; i++) allFail *= 1 - k / i;
  return 1 - allFail;
}

/**
 * Mean pass@k over problems, each given as (attempts, successes). A problem with fewer than k
 * attempts uses pass@n for its own n (the best estimate its attempts allow); a problem with no
 * attempt counts as a failure.
 */
export function meanPassAtK(problems: readonly { readonly n: number; readonly c: number }[], k: number): number {
  if (problems.length === 0) return 0;
  const sum = problems.reduce((acc, { n, c }) => acc + (n === 0 ? 0 : passAtK(n, c, Math.min(k, n))), 0);
  return sum / problems.length;
}
