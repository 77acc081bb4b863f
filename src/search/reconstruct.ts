/**
 * Proof reconstruction: the tactics on the path to a proved node, in order, each acting on the
 * first goal (Lean's convention), become a Lean tactic script. Goal counts before and after each
 * step tell how many goals a tactic left in place of the one it acted on; where that is two or
 * more, each new goal's tactics go in a `·` block, which Lean checks closes exactly that goal.
 * A step that closed more than its own goal (goal count fell by two or more) has no such
 * structure, and the plain sequence — equally valid Lean — is returned instead.
 */

export interface PathStep {
  readonly tactic: string;
  readonly goalsBefore: number;
  readonly goalsAfter: number;
}

export interface Reconstruction {
  /** The script to verify: structured with `·` where goals split, else flat. */
  readonly script: string;
  /** One tactic per line in path order; always valid where `script` is. */
  readonly flat: string;
  readonly structured: boolean;
}

interface ScriptNode {
  readonly tactic: string;
  readonly children: ScriptNode[];
}

/** Builds the script for a complete path (the last step leaves no goals). */
export function reconstructProof(steps: readonly PathStep[]): Reconstruction {
  const flat = steps.map((s) => s.tactic).join('\n');
  const tree = buildTree(steps);
  if (!tree) return { script: flat, flat, structured: false };
  // Several goals at the start (a backend that states a problem as many goals) focus each.
  const script = (tree.length > 1 ? tree.flatMap((root) => focus(render(root))) : tree.flatMap(render)).join('\n');
  return { script, flat, structured: script !== flat };
}

/**
 * Decodes the step sequence as a depth-first traversal in which step i opens
 * `goalsAfter - goalsBefore + 1` subgoals. Returns the top-level sequence, or undefined when
 * the counts do not describe a tree (some step closed several goals, or goals are left open).
 */
function buildTree(steps: readonly PathStep[]): ScriptNode[] | undefined {
  for (const [i, step] of steps.entries()) {
    if (i > 0 && steps[i - 1]!.goalsAfter !== step.goalsBefore) return undefined;
    if (step.goalsAfter - step.goalsBefore + 1 < 0) return undefined;
  }
  let next = 0;
  // Proves one goal: reads the tactic acting on it, then one subtree per goal it opened.
  const proveGoal = (): ScriptNode | undefined => {
    const step = steps[next];
    if (!step) return undefined;
    next += 1;
    const opened = step.goalsAfter - step.goalsBefore + 1;
    const children: ScriptNode[] = [];
    for (let j = 0; j < opened; j += 1) {
      const child = proveGoal();
      if (!child) return undefined;
      children.push(child);
    }
    return { tactic: step.tactic, children };
  };
  const first = steps[0];
  if (!first) return [];
  const roots: ScriptNode[] = [];
  for (let g = 0; g < first.goalsBefore; g += 1) {
    const root = proveGoal();
    if (!root) return undefined;
    roots.push(root);
  }
  return next === steps.length ? roots : undefined;
}

/**
 * Lines of the script proving one goal. One subgoal continues at the same level; two or more
 * each get a `·` block whose continuation lines are indented by two spaces.
 */
function render(node: ScriptNode): string[] {
  const lines = node.tactic.split('\n');
  if (node.children.length === 1) return [...lines, ...render(node.children[0]!)];
  if (node.children.length === 0) return lines;
  for (const child of node.children) lines.push(...focus(render(child)));
  return lines;
}

/** A `·` block: the bullet on the first line, continuation lines indented past it. */
function focus(block: readonly string[]): string[] {
  return block.map((line, i) => (i === 0 ? `· ${line}` : `  ${line}`));
}
