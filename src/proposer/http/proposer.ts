/**
 * The `http` proposer: one request per proof state asking an OpenAI-compatible server for
 * `n = k` samples, each cleaned to its first tactic line and scored, duplicates merged.
 *
 * Score of a sample: the sum of the log-probabilities of its tokens up to the end of the
 * tactic line, when the server returns token log-probs; otherwise the log of the fraction of
 * the samples that gave this tactic (the sampling frequency estimates the probability).
 */
import type { ProofState, TacticProposer, TacticSuggestion } from '../../core/seams.ts';
import { renderPrompt } from '../prompt.ts';
import { bestDistinct, cleanTactic } from '../tactic-text.ts';
import { postJson, type PostResult } from './client.ts';
import { authHeaders, type HttpSettings } from './config.ts';
import { chatCompletionsOf, ChatResponseSchema, type Completion, completionsOf, CompletionResponseSchema } from './schemas.ts';

/** A server that failed or answered nonsense; the message is one line naming the URL. */
export class HttpProposerError extends Error {
  override readonly name = 'HttpProposerError';
}

export class HttpProposer implements TacticProposer {
  readonly name = 'http';
  constructor(readonly settings: HttpSettings) {}

  /** The endpoint's full URL. */
  get url(): string {
    return `${this.settings.baseUrl}/${this.settings.endpoint === 'chat' ? 'chat/completions' : 'completions'}`;
  }

  async propose(state: ProofState, k: number): Promise<TacticSuggestion[]> {
    if (k <= 0 || state.goals.length === 0) return [];
    const s = this.settings;
    const prompt = renderPrompt(s.promptTemplate, state);
    const common = { model: s.model, n: k, max_tokens: s.maxTokens, temperature: s.temperature, ...(s.stop.length > 0 ? { stop: s.stop } : {}) };
    const payload =
      s.endpoint === 'chat'
        ? { ...common, messages: [{ role: 'system', content: s.systemPrompt }, { role: 'user', content: prompt }], logprobs: true }
        : { ...common, prompt, logprobs: 1 };
    const headers = authHeaders(s);
    const result = await postJson(this.url, payload, headers, s);
    return bestDistinct(score(this.completions(result)), k);
  }

  private completions(result: PostResult): Completion[] {
    if (result.kind === 'error') throw new HttpProposerError(`http proposer: ${result.message}`);
    if (this.settings.endpoint === 'chat') {
      const parsed = ChatResponseSchema.safeParse(result.body);
      if (!parsed.success) throw new HttpProposerError(`http proposer: malformed response from ${this.url}: ${describe(parsed.error.issues[0])}`);
      return chatCompletionsOf(parsed.data);
    }
    const parsed = CompletionResponseSchema.safeParse(result.body);
    if (!parsed.success) throw new HttpProposerError(`http proposer: malformed response from ${this.url}: ${describe(parsed.error.issues[0])}`);
    return completionsOf(parsed.data);
  }
}

function describe(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'unexpected shape';
  return issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}

/** Scores each completion (see the file comment); completions with no tactic are dropped. */
export function score(completions: readonly Completion[]): TacticSuggestion[] {
  const cleaned = completions.map((c) => ({ completion: c, tactic: cleanTactic(c.text) }));
  const counts = new Map<string, number>();
  for (const { tactic } of cleaned) if (tactic !== undefined) counts.set(tactic, (counts.get(tactic) ?? 0) + 1);
  const out: TacticSuggestion[] = [];
  for (const { completion, tactic } of cleaned) {
    if (tactic === undefined) continue;
    const logprob = completion.tokens ? lineLogprob(completion.text, completion.tokens) : Math.log(counts.get(tactic)! / completions.length);
    out.push({ tactic, logprob: Math.min(0, logprob) });
  }
  return out;
}

/**
 * Sum of the log-probs of the tokens that start before the end of the first tactic line of
 * `text` (the tokens that produced it, fences before it included). If the tokens do not
 * spell `text`, all of them.
 */
export function lineLogprob(text: string, tokens: readonly { text: string; logprob: number }[]): number {
  const total = tokens.reduce((sum, t) => sum + t.logprob, 0);
  if (tokens.map((t) => t.text).join('') !== text) return total;
  const end = firstTacticLineEnd(text);
  let offset = 0;
  let sum = 0;
  for (const t of tokens) {
    if (offset >= end) break;
    sum += t.logprob;
    offset += t.text.length;
  }
  return sum;
}

/** Index just past the first line that `cleanTactic` would keep. */
function firstTacticLineEnd(text: string): number {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).trim();
    if (line.length > 0 && !line.startsWith('```')) return end;
    if (newline === -1) break;
    start = newline + 1;
  }
  return text.length;
}
