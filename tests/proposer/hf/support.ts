/** Recomputing a tiny model's sequence log-probabilities straight from its bigram table. */
import { tacticWords, type TinyModel } from '../../../scripts/make-tiny-hf-model.ts';

/** Σ log P(next | prev) over the tactic's word tokens and the end token, from `model.table`. */
export function bigramLogprob(model: TinyModel, tactic: string): number {
  const ids = tacticWords(tactic).map((w) => {
    const id = model.vocab.indexOf(w);
    if (id < 0) throw new Error(`'${w}' is not in the tiny vocabulary`);
    return id;
  });
  const path = [model.startId, ...ids, model.eosId];
  const size = model.vocab.length;
  let sum = 0;
  for (let i = 0; i + 1 < path.length; i++) sum += model.table[path[i]! * size + path[i + 1]!]!;
  return sum;
}
