/**
 * The OpenAI-compatible response shapes the `http` proposer reads, validated with zod. Only
 * the fields used are required; servers (vLLM, SGLang, llama.cpp, Ollama) add others freely.
 */
import { z } from 'zod';

/** `/v1/completions`: `logprobs` (when asked with `logprobs: 1`) lists the sampled tokens. */
export const CompletionResponseSchema = z.object({
  choices: z
    .array(
      z.object({
        text: z.string(),
        logprobs: z
          .object({
            tokens: z.array(z.string()).optional(),
            token_logprobs: z.array(z.number().nullable()).optional(),
          })
          .nullable()
          .optional(),
      }),
    )
    .min(1),
});

/** `/v1/chat/completions`: `logprobs.content` (when asked with `logprobs: true`) lists the tokens. */
export const ChatResponseSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullable() }),
        logprobs: z
          .object({ content: z.array(z.object({ token: z.string(), logprob: z.number() })).nullable().optional() })
          .nullable()
          .optional(),
      }),
    )
    .min(1),
});

/** One sampled completion: its text and, when the server gave them, its tokens with log-probs. */
export interface Completion {
  readonly text: string;
  readonly tokens?: readonly { readonly text: string; readonly logprob: number }[];
}

export function completionsOf(body: z.infer<typeof CompletionResponseSchema>): Completion[] {
  return body.choices.map((c) => {
    const texts = c.logprobs?.tokens;
    const lps = c.logprobs?.token_logprobs;
    if (!texts || !lps || texts.length !== lps.length) return { text: c.text };
    // A null log-prob (some servers give one for an echoed first token) carries no information: 0.
    return { text: c.text, tokens: texts.map((text, i) => ({ text, logprob: lps[i] ?? 0 })) };
  });
}

export function chatCompletionsOf(body: z.infer<typeof ChatResponseSchema>): Completion[] {
  return body.choices.map((c) => {
    const text = c.message.content ?? '';
    const content = c.logprobs?.content;
    return content ? { text, tokens: content.map((t) => ({ text: t.token, logprob: t.logprob })) } : { text };
  });
}
