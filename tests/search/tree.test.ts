import { describe, expect, it } from 'vitest';
import type { ProofState } from '../../src/core/seams.ts';
import { checkTree } from '../../src/search/invariants.ts';
import { SearchTree, type NodeId } from '../../src/search/tree.ts';

const state = (goal: string): ProofState => ({ backend: 'symbolic', goals: [goal], tier: 'certified', handle: goal });

describe('SearchTree', () => {
  it('propagates proved to the root and failed only once every edge is dead', () => {
    const tree = new SearchTree();
    const root = tree.addRoot(state('⊢ 2'), 'k2', 0);
    const a = tree.addChild(root.id, 'sub 1', -1, state('⊢ 1'), 'k1', -1);
    const b = tree.addChild(root.id, 'sub 2', -2, state('⊢ 0'), 'k0', -2);
    tree.finishExpansion(root.id, 0);
    tree.addLeafEdge(a.id, 'zero', -1, { kind: 'error', reason: 'failed', message: 'no' });
    tree.finishExpansion(a.id, 1);
    expect([a.status, root.status]).toEqual(['failed', 'open']);
    tree.addLeafEdge(b.id, 'zero', -1, { kind: 'proved', tier: 'certified' });
    tree.finishExpansion(b.id, 2);
    expect([b.status, root.status]).toEqual(['proved', 'proved']);
    expect(tree.pathTo(b.id)).toEqual([{ tactic: 'sub 2', goalsBefore: 1, goalsAfter: 1 }]);
    expect(checkTree(tree, { bestFirst: true })).toEqual([]);
  });

  it('refuses to expand a node twice', () => {
    const tree = new SearchTree();
    const root = tree.addRoot(state('⊢ 1'), 'k', 0);
    tree.finishExpansion(root.id, 0);
    expect(() => tree.finishExpansion(root.id, 1)).toThrow(/internal error/u);
  });
});

describe('checkTree', () => {
  it('reports a broken tree', () => {
    const tree = new SearchTree();
    const root = tree.addRoot(state('⊢ 2'), 'k2', 0);
    const child = tree.addChild(root.id, 'sub 1', -1, state('⊢ 1'), 'k1', -1);
    tree.finishExpansion(root.id, 0);
    // Corrupt the data the way a buggy update could: status moved without cause, depth wrong.
    (child as { status: string }).status = 'proved';
    (child as { depth: number }).depth = 5;
    const violations = checkTree(tree);
    expect(violations.some((v) => v.includes('status'))).toBe(true);
    expect(violations.some((v) => v.includes('depth'))).toBe(true);
  });

  it('reports a best-first order violation', () => {
    const tree = new SearchTree();
    const root = tree.addRoot(state('⊢ 2'), 'k2', 0);
    const worse = tree.addChild(root.id, 'a', -3, state('⊢ 1'), 'k1', -3);
    tree.addChild(root.id, 'b', -1, state('⊢ 0'), 'k0', -1);
    tree.finishExpansion(root.id, 0);
    tree.finishExpansion(worse.id as NodeId, 1); // expanded while a better node waited
    expect(checkTree(tree, { bestFirst: true }).some((v) => v.includes('over waiting node'))).toBe(true);
    expect(checkTree(tree)).toEqual([]);
  });
});
