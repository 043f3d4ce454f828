// Package compute defines what a crux job is and what it computes: tensors,
// programs of integer ops over a slot-table memory, their canonical encodings,
// the Merkle commitments to programs and memory, and the CPU reference
// interpreter that records a job's trace of state roots.
//
// The interpreter is the reference semantics: every other backend (CUDA, the
// L1 one-step verifier) must reproduce its bits and roots exactly. The
// normative specification is docs/compute.md.
package compute
