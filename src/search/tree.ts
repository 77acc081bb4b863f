/**
 * The search tree as data (after Aesop's `Tree/` and ReProver's `search_tree.py`). A node is a
 * proof state (all its open goals); an edge is one tactic tried on it, with what came of it.
 * Node status only moves forward, open → proved | failed, and every change propagates to the
 * parent. A node is an OR-node: one proved edge proves it; it fails once expanded with every
 * edge dead (an error, a duplicate of a state explored elsewhere, or a failed child).
 */
import type { ProofState, TacticErrorReason, Tier } from '../core/seams.ts';

/** A node's index in its tree; branded so it is not confused with counts or depths. */
export type NodeId = number & { readonly __brand: 'NodeId' };

export type NodeStatus = 'open' | 'proved' | 'failed';

/** Why a tactic produced no new node. `rejected`: it closed the goals but the whole-proof check refused the script. */
export type EdgeErrorReason = TacticErrorReason | 'rejected';

export type EdgeOutcome =
  | { readonly kind: 'child'; readonly child: NodeId }
  | { readonly kind: 'proved'; readonly tier: Tier }
  | { readonly kind: 'duplicate'; readonly of: NodeId }
  | { readonly kind: 'error'; readonly reason: EdgeErrorReason; readonly message: string };

export interface Edge {
  readonly tactic: string;
  readonly logprob: number;
  readonly outcome: EdgeOutcome;
}

export interface SearchNode {
  readonly id: NodeId;
  readonly state: ProofState;
  readonly key: string;
  readonly parent?: { readonly node: NodeId; readonly edge: number };
  readonly depth: number;
  /** Sum of the proposer's log-probabilities along the path from the root. */
  readonly logprob: number;
  readonly priority: number;
  status: NodeStatus;
  /** The expansion number (0-based) at which this node was expanded, if it was. */
  expandedAt?: number;
  readonly edges: Edge[];
}

export class SearchTree {
  readonly nodes: SearchNode[] = [];
  private readonly byKey = new Map<string, NodeId>();

  get root(): SearchNode {
    const root = this.nodes[0];
    if (!root) throw new Error('internal error: search tree has no root');
    return root;
  }

  node(id: NodeId): SearchNode {
    const node = this.nodes[id];
    if (!node) throw new Error(`internal error: no node ${id}`);
    return node;
  }

  /** The node already holding a state with this key, if any. */
  lookup(key: string): NodeId | undefined {
    return this.byKey.get(key);
  }

  addRoot(state: ProofState, key: string, priority: number): SearchNode {
    if (this.nodes.length > 0) throw new Error('internal error: root added twice');
    return this.insert({ state, key, depth: 0, logprob: 0, priority });
  }

  /** Adds a new state reached from `parent` by `tactic`; the key must be new. */
  addChild(parent: NodeId, tactic: string, logprob: number, state: ProofState, key: string, priority: number): SearchNode {
    const from = this.node(parent);
    if (from.status !== 'open') throw new Error(`internal error: child added under ${from.status} node ${parent}`);
    const node = this.insert({
      state,
      key,
      parent: { node: parent, edge: from.edges.length },
      depth: from.depth + 1,
      logprob: from.logprob + logprob,
      priority,
    });
    from.edges.push({ tactic, logprob, outcome: { kind: 'child', child: node.id } });
    return node;
  }

  /** Records an edge that made no new node (proved, duplicate or error) and updates statuses. */
  addLeafEdge(parent: NodeId, tactic: string, logprob: number, outcome: Exclude<EdgeOutcome, { kind: 'child' }>): void {
    const from = this.node(parent);
    from.edges.push({ tactic, logprob, outcome });
    if (outcome.kind === 'proved') this.update(parent);
  }

  /** Marks `id` expanded (all its edges are recorded) and updates statuses. */
  finishExpansion(id: NodeId, expansion: number): void {
    const node = this.node(id);
    if (node.expandedAt !== undefined) throw new Error(`internal error: node ${id} expanded twice`);
    node.expandedAt = expansion;
    this.update(id);
  }

  /** Recomputes the status of `id` from its edges and propagates any change to the root. */
  private update(id: NodeId): void {
    let current: SearchNode | undefined = this.node(id);
    while (current && current.status === 'open') {
      const next = this.derivedStatus(current);
      if (next === 'open') return;
      current.status = next;
      current = current.parent ? this.node(current.parent.node) : undefined;
    }
  }

  /** The status the edges of `node` imply (open while it may still lead to a proof). */
  derivedStatus(node: SearchNode): NodeStatus {
    let allDead = true;
    for (const edge of node.edges) {
      const outcome = edge.outcome;
      if (outcome.kind === 'proved') return 'proved';
      if (outcome.kind === 'child') {
        const status = this.node(outcome.child).status;
        if (status === 'proved') return 'proved';
        if (status === 'open') allDead = false;
      }
    }
    return node.expandedAt !== undefined && allDead ? 'failed' : 'open';
  }

  /** The tactics from the root to `id`, with the goal counts before and after each. */
  pathTo(id: NodeId): { tactic: string; goalsBefore: number; goalsAfter: number }[] {
    const steps: { tactic: string; goalsBefore: number; goalsAfter: number }[] = [];
    let node = this.node(id);
    while (node.parent) {
      const parent = this.node(node.parent.node);
      const edge = parent.edges[node.parent.edge]!;
      steps.push({ tactic: edge.tactic, goalsBefore: parent.state.goals.length, goalsAfter: node.state.goals.length });
      node = parent;
    }
    return steps.reverse();
  }

  private insert(fields: Omit<SearchNode, 'id' | 'status' | 'edges'>): SearchNode {
    const id = this.nodes.length as NodeId;
    const node: SearchNode = { ...fields, id, status: 'open', edges: [] };
    this.nodes.push(node);
    this.byKey.set(fields.key, id);
    return node;
  }
}
