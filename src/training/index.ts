/**
 * Verified training data: proofs found by search become (state, tactic) records that a learned
 * proposer trains on, and expert iteration closes the loop.
 *
 * Algorithm sketch (generate):
 *   1. Open the data directory; on resume drop a torn last line and steps whose proof record
 *      was never written, and skip problems already proved (or attempted, unless retried).
 *   2. `proveAll` searches the rest. For each proof of an admitted tier (certified and kernel;
 *      smt only when asked), replay its tactic path through `backend.start`/`apply` (search
 *      order is Lean's order: first goal first), drop steps one at a time while the rest still
 *      proves the goal at the same tier and re-verifies, and re-verify the final script.
 *   3. Append the new steps (skipping known state + tactic pairs), then the proof record
 *      (skipping a known problem + normalised proof), each line validated and synced. Problems
 *      not admitted go to attempts.jsonl. The manifest is rewritten atomically from the files.
 *
 * Files:
 *   - records.ts: ProofRecord and StepRecord schemas (proofs.jsonl, steps.jsonl).
 *   - run-files.ts: AttemptRecord and Manifest schemas, data-directory file names.
 *   - generate.ts: `generate` as a library function; the manifest.
 *   - dataset.ts: a data directory opened for appending, de-duplication, orphan removal.
 *   - extract.ts: a found proof → minimised, replayed ProofRecord + StepRecords.
 *   - minimise.ts: greedy step dropping with replay and re-verification.
 *   - replay.ts: a tactic path through start/apply, states before and after each step.
 *   - normalise.ts: proof normalisation, proof ids, de-duplication keys, sha256.
 *   - hashes.ts: sha256 of a problem set and of a proposer's configuration files.
 *   - atomic.ts: whole-file atomic writes (temp + rename).
 */
export { ProofRecordSchema, StepRecordSchema, GOAL_SEPARATOR, firstGoal, stateText, type ProofRecord, type StepRecord } from './records.ts';
export { AttemptRecordSchema, DATA_FILES, ManifestSchema, type AttemptRecord, type Manifest } from './run-files.ts';
export { generateData, type GenerateOptions, type GenerateSummary, type ProblemEvent } from './generate.ts';
export { openDataset, readProofs, readSteps, type Dataset, type PriorData } from './dataset.ts';
