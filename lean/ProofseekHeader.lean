-- The common header of proofseek's problems: the text below the comment lines is what the Lean
-- backend sends as its first command in every REPL process (`import Mathlib` once per process),
-- and every problem whose own header has no `import` is checked on top of it. It is the miniF2F
-- header, so miniF2F problems reuse this environment as well. `lake build` checks that it elaborates.
import Mathlib

set_option maxHeartbeats 0

open BigOperators Real Nat Topology Rat
