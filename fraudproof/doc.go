// Package fraudproof is the crux dispute game engine as a pure library: the
// rules of docs/dispute.md as a deterministic state machine, the one-element
// verifier, the proofs and witnesses a player publishes, and the honest
// strategy that picks a player's next move.
//
// The package is a deterministic core driven by its host. It does no I/O,
// keeps no clocks, starts no goroutines and holds no package-level mutable
// state: every function's result depends on its arguments alone. The host (a
// challenger or executor node, or a test referee) reads the chain, keeps the
// Game in step with it through Apply, asks NextMove what to send, sends it,
// and handles clocks (Timeout), bonds and payouts itself.
//
// The contracts in l1contracts/ are the source of truth; this package mirrors
// them:
//
//   - types.go: the witness structs and one Move type per DisputeGame entry
//     point, field for field as the Solidity arguments (docs/dispute.md
//     section 7; uint256 indices are uint64 here).
//   - game.go: Game and Game.Apply(sender, move), the Go twin of the game
//     entry points of DisputeGame.sol: the same checks in the same order, the
//     same phase and turn changes, each revert reported as the error named
//     next to it (ErrBadIndex for BadIndex, ...).
//   - element.go: Element, the Go twin of KernelVerifier.element.
//   - direct.go: VerifyStepCountProof and VerifyOutputRootProof, the twins of
//     proveStepCount and proveOutputRoot, and the builders StepCountProof and
//     OutputRootProof.
//   - proofs.go, trace.go: TraceProvider (what a player knows of its own run;
//     FromTrace adapts a compute.Trace), chunk trees, and the builders of
//     dissections, reveals, descendants, chunks and witnesses.
//   - solver.go: OpenMove and NextMove, the honest strategy on top of them.
//
// Sub-package cheat wraps a compute.Backend so that it lies in one chosen
// way, for devnets and tests of the game.
//
// Names: Apply takes the sender's Role (Executor, Challenger, or NoRole for a
// third party) where the contract takes msg.sender. Game keeps per side what
// DisputeGame stores in executorRoot/challengerRoot (Side.Root in the step
// and write phases, Side.DataRoot after the reveal, Side.Value in the chunk
// and element phases) plus the event data a player needs to answer: the last
// dissection, the published descendants and the revealed chunk.
//
// A player that follows NextMove with a correct trace never loses a game: it
// only ever moves to positions where its own values are right (see the
// invariant in docs/dispute.md section 3), and its moves are checked against
// Apply before they are returned.
package fraudproof
