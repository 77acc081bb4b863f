/**
 * The learned proposer: a small neural network trained in TypeScript (TensorFlow.js, wasm
 * backend, CPU) on verified (goal, tactic) steps, that reranks the tactic library's instances.
 *
 * Algorithm sketch:
 *   train: steps.jsonl → split by problem → map each verified tactic to its library template
 *          and instance rank on its goal (tactics outside the library are counted and dropped)
 *          → role-token bag of the goal → MLP → softmax over templates (cross-entropy, Adam,
 *          best validation epoch) → rank priors by counting → mixing weight with the heuristic
 *          fitted on validation → model directory (manifest.json + weights.bin).
 *   propose: goal → every template instance → p = mix · p(template|goal) p(rank|template)
 *          + (1 − mix) · p_heuristic → log, best first, top k.
 *
 * Files:
 *   - candidates.ts: the action space (library instances with template and rank) and tactic → template mapping.
 *   - tokenize.ts: goal → role tokens (VAR/HYP, bucketed numerals, features).
 *   - model.ts: the network (TensorFlow.js): init, training loop, forward pass, weights.
 *   - scorer.ts: candidate scores → calibrated, normalised log-probabilities.
 *   - dataset.ts: reading steps files, de-duplication, split by problem.
 *   - manifest.ts: the model directory format, zod-validated, with clear errors.
 *   - train.ts: trainLearnedProposer.
 *   - proposer.ts: LearnedProposer and loadLearnedProposer.
 *   - tf.ts: TensorFlow.js start-up (wasm, falling back to cpu with a notice).
 *   - random.ts: the seeded generator that makes training reproducible.
 */
export { trainLearnedProposer, TRAIN_DEFAULTS, type TrainOptions, type TrainSummary } from './train.ts';
export { loadLearnedProposer, LearnedProposer, proposerFromParts, type LoadOptions } from './proposer.ts';
export { FORMAT_VERSION, MANIFEST_FILE, WEIGHTS_FILE, type Manifest } from './manifest.ts';
