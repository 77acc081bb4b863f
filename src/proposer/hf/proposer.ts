/**
 * The `hf` proposer: prompt → token ids → beam search on the model's own logits → decoded,
 * cleaned, distinct tactics with their sequence log-probabilities, best first.
 */
import type { ProofState, TacticProposer, TacticSuggestion } from '../../core/seams.ts';
import { renderPrompt } from '../prompt.ts';
import { bestDistinct, cleanTactic } from '../tactic-text.ts';
import { beamSearch } from './beam.ts';
import type { LoadedModel } from './model.ts';

export interface HfProposerOptions {
  readonly promptTemplate: string;
  /** Beam width is max(k, this). */
  readonly minBeams: number;
  readonly maxNewTokens: number;
  /** Longer prompts keep their last tokens (where the goal's target and the proof-step marker are). */
  readonly maxPromptTokens: number;
}

export const HF_DEFAULTS = { minBeams: 4, maxNewTokens: 48, maxPromptTokens: 1024 } as const;

export class HfProposer implements TacticProposer {
  readonly name = 'hf';
  constructor(
    private readonly model: LoadedModel,
    private readonly options: HfProposerOptions,
  ) {}

  async propose(state: ProofState, k: number): Promise<TacticSuggestion[]> {
    if (k <= 0 || state.goals.length === 0) return [];
    const prompt = this.model.encode(renderPrompt(this.options.promptTemplate, state));
    const promptIds = prompt.slice(Math.max(0, prompt.length - this.options.maxPromptTokens));
    const scoreNext = await this.model.scorerFor(promptIds);
    const eos = this.model.dir.eosIds;
    const found: TacticSuggestion[] = [];
    const seen = new Set<string>();
    await beamSearch({
      width: Math.max(k, this.options.minBeams),
      maxNewTokens: this.options.maxNewTokens,
      eosId: eos[0]!,
      scoreNext: async (prefixes) => {
        const rows = await scoreNext(prefixes);
        // Several end tokens: fold their mass into the first, the one the search watches.
        if (eos.length > 1) for (const row of rows) foldEos(row, eos);
        return rows;
      },
      accept: (tokens, logprob) => {
        const tactic = cleanTactic(this.model.decode(tokens));
        if (tactic === undefined || seen.has(tactic)) return false;
        seen.add(tactic);
        found.push({ tactic, logprob: Math.min(0, logprob) });
        return true;
      },
    });
    return bestDistinct(found, k);
  }

  async close(): Promise<void> {
    await this.model.dispose();
  }
}

function foldEos(row: Float64Array, eos: readonly number[]): void {
  let max = -Infinity;
  for (const id of eos) max = Math.max(max, row[id] ?? -Infinity);
  if (max === -Infinity) return;
  let sum = 0;
  for (const id of eos) sum += Math.exp((row[id] ?? -Infinity) - max);
  row[eos[0]!] = max + Math.log(sum);
  for (const id of eos.slice(1)) row[id] = -Infinity;
}
