/**
 * Invariants of a search tree, checked in tests and behind `checkInvariants`. Each violation is
 * returned as a sentence; an empty list means the tree is well formed.
 */
import type { SearchNode, SearchTree } from './tree.ts';

export interface CheckOptions {
  /**
   * Also check best-first order: every node expanded had a priority at least that of every
   * node waiting in the queue at that moment. Quadratic; only for small trees in tests.
   */
  readonly bestFirst?: boolean;
}

const EPSILON = 1e-9;

export function checkTree(tree: SearchTree, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const nodes = tree.nodes;
  const root = nodes[0];
  if (!root) return ['the tree has no root'];
  if (root.parent || root.depth !== 0 || root.logprob !== 0) problems.push('the root has a parent, depth or log-probability');
  const expansions = new Map<number, SearchNode>();
  for (const [index, node] of nodes.entries()) {
    if (node.id !== index) problems.push(`node at index ${index} has id ${node.id}`);
    if (tree.lookup(node.key) !== node.id) problems.push(`node ${node.id}: its key maps to node ${tree.lookup(node.key)}`);
    if (node.expandedAt === undefined && node.edges.length > 0) problems.push(`node ${node.id}: edges but never expanded`);
    if (node.expandedAt !== undefined) {
      const other = expansions.get(node.expandedAt);
      if (other) problems.push(`nodes ${other.id} and ${node.id} share expansion ${node.expandedAt}`);
      expansions.set(node.expandedAt, node);
    }
    if (node.parent) {
      const parent = nodes[node.parent.node];
      const edge = parent?.edges[node.parent.edge];
      if (!parent || !edge || edge.outcome.kind !== 'child' || edge.outcome.child !== node.id) {
        problems.push(`node ${node.id}: its parent edge does not point back to it`);
      } else {
        if (parent.id >= node.id) problems.push(`node ${node.id}: parent ${parent.id} was created after it`);
        if (node.depth !== parent.depth + 1) problems.push(`node ${node.id}: depth ${node.depth} under parent depth ${parent.depth}`);
        if (Math.abs(node.logprob - (parent.logprob + edge.logprob)) > EPSILON) {
          problems.push(`node ${node.id}: cumulative log-probability ${node.logprob} ≠ ${parent.logprob} + ${edge.logprob}`);
        }
      }
    } else if (index !== 0) problems.push(`node ${node.id}: no parent but not the root`);
    const tactics = new Set<string>();
    for (const edge of node.edges) {
      if (tactics.has(edge.tactic)) problems.push(`node ${node.id}: tactic '${edge.tactic}' tried twice`);
      tactics.add(edge.tactic);
      if (edge.logprob > EPSILON) problems.push(`node ${node.id}: edge '${edge.tactic}' has log-probability ${edge.logprob} > 0`);
      const o = edge.outcome;
      if (o.kind === 'child' && nodes[o.child]?.parent?.node !== node.id) problems.push(`node ${node.id}: child ${o.child} has another parent`);
      if (o.kind === 'duplicate' && nodes[o.of] === undefined) problems.push(`node ${node.id}: duplicate of missing node ${o.of}`);
    }
    const derived = tree.derivedStatus(node);
    if (derived !== node.status) problems.push(`node ${node.id}: status ${node.status} but its edges imply ${derived}`);
  }
  if (options.bestFirst) problems.push(...checkBestFirst(nodes, expansions));
  return problems;
}

/** A node waits in the queue from its parent's expansion until its own. */
function checkBestFirst(nodes: readonly SearchNode[], expansions: ReadonlyMap<number, SearchNode>): string[] {
  const problems: string[] = [];
  const createdAt = (node: SearchNode): number => (node.parent ? (nodes[node.parent.node]?.expandedAt ?? Infinity) : -1);
  for (const [expansion, chosen] of expansions) {
    for (const waiting of nodes) {
      const waitingSince = createdAt(waiting);
      const leftAt = waiting.expandedAt ?? Infinity;
      if (waitingSince < expansion && leftAt > expansion && waiting.priority > chosen.priority + EPSILON) {
        problems.push(`expansion ${expansion} chose node ${chosen.id} (priority ${chosen.priority}) over waiting node ${waiting.id} (${waiting.priority})`);
      }
    }
  }
  return problems;
}
