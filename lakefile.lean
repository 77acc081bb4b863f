import Lake
open Lake DSL

/-!
proofseek's Lean workspace. Lean, Mathlib and the Lean REPL must be built by one toolchain,
because `.olean` files only load in the Lean version that wrote them: `lean-toolchain` pins
`leanprover/lean4:v4.33.0-rc2`, and both dependencies are pinned to their tags of that version
(the recorded transcripts in ../shared/fixtures/lean-repl come from REPL `v4.33.0-rc2`).

One-time setup (see docs/lean.md):
  lake update          -- fetch Mathlib and the REPL at the pinned tags
  lake exe cache get   -- download Mathlib's prebuilt .olean files
  lake build           -- check the common problem header (lean/ProofseekHeader.lean)
  lake build repl      -- build the REPL: .lake/packages/REPL/.lake/build/bin/repl

proofseek then runs `lake env .lake/packages/REPL/.lake/build/bin/repl` in this directory.
-/

package proofseek where
  leanOptions := #[⟨`autoImplicit, false⟩]

require mathlib from git
  "https://github.com/leanprover-community/mathlib4" @ "v4.33.0-rc2"

require REPL from git
  "https://github.com/leanprover-community/repl" @ "v4.33.0-rc2"

/-- The common problem header, compiled so that `lake build` proves it elaborates. -/
@[default_target]
lean_lib ProofseekHeader where
  srcDir := "lean"
