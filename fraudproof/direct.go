package fraudproof

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
)

// Errors of the direct proofs (docs/dispute.md section 2), with the
// DisputeGame revert of the same meaning. A bad header length is ErrBadHeader,
// as in the game.
var (
	ErrBadProgram     = errors.New("header, hashes and ops root do not hash to the program root") // ProgramRootMismatch
	ErrBadOutputs     = errors.New("bad output slot list")                                        // BadOutputs
	ErrBadSlotProof   = errors.New("bad slot proof")                                              // BadSlotProof(k)
	ErrStepsMatch     = errors.New("header's op count equals the commitment's steps")             // StepCountMatches
	ErrOutputRootOK   = errors.New("recomputed output root equals the commitment's")              // OutputRootMatches
	ErrNotDirectProof = errors.New("not a direct proof")
)

// VerifyStepCountProof checks proveStepCount against commitment c as
// DisputeGame does; nil means the proof holds and rejects c. Checks: 1 the
// result id (the contract looks c up by it; that c is still pending inside
// its window is the host's to check), 2 the header has 16 bytes, 3 the parts
// hash to programRoot, 4 the header's nOps differs from steps. The header's
// magic and version are not checked: only its hash binds it.
func VerifyStepCountProof(c Commitment, m ProveStepCount) error {
	if m.ResultID != c.ResultID {
		return fmt.Errorf("proveStepCount: %w: result %d, commitment is result %d", ErrWrongGame, m.ResultID, c.ResultID)
	}
	if len(m.Header) != compute.HeaderSize {
		return fmt.Errorf("proveStepCount: %w: %d bytes", ErrBadHeader, len(m.Header))
	}
	if programRoot(m.Header, m.SlotsHash, m.OutputsHash, m.OpsRoot) != c.ProgramRoot {
		return fmt.Errorf("proveStepCount: %w", ErrBadProgram)
	}
	if n := uint64(headerNOps(m.Header)); n == c.Steps {
		return fmt.Errorf("proveStepCount: %w (%d)", ErrStepsMatch, n)
	}
	return nil
}

// VerifyOutputRootProof checks proveOutputRoot against commitment c as
// DisputeGame does; nil means the proof holds and rejects c. Checks: 1 the
// result id (as VerifyStepCountProof), 2 the header has 16 bytes, 3 the
// parts, with keccak256(outputs), hash to programRoot, 4 outputs is 1 to 64
// big-endian uint16s with one slot proof each, 5 slot proof k proves output k's
// root under finalState (1 <= nSlots <= MaxSlots from the header, slot <
// nSlots, ceil(log2 nSlots) siblings), 6 the output tree over those roots
// differs from outputRoot.
func VerifyOutputRootProof(c Commitment, m ProveOutputRoot) error {
	if m.ResultID != c.ResultID {
		return fmt.Errorf("proveOutputRoot: %w: result %d, commitment is result %d", ErrWrongGame, m.ResultID, c.ResultID)
	}
	if len(m.Header) != compute.HeaderSize {
		return fmt.Errorf("proveOutputRoot: %w: %d bytes", ErrBadHeader, len(m.Header))
	}
	if programRoot(m.Header, m.SlotsHash, merkle.Keccak(m.Outputs), m.OpsRoot) != c.ProgramRoot {
		return fmt.Errorf("proveOutputRoot: %w", ErrBadProgram)
	}
	n := len(m.Outputs) / 2
	if n == 0 || len(m.Outputs)%2 != 0 || n > compute.MaxOutputs || len(m.Slots) != n {
		return fmt.Errorf("proveOutputRoot: %w: %d bytes, %d slot proofs", ErrBadOutputs, len(m.Outputs), len(m.Slots))
	}
	nSlots := uint64(headerNSlots(m.Header))
	roots := make([]Hash, n)
	for k, sp := range m.Slots {
		s := uint64(binary.BigEndian.Uint16(m.Outputs[2*k:]))
		if err := verifySlotRoot(c.FinalState, nSlots, s, sp.Root, sp.Siblings); err != nil {
			return fmt.Errorf("proveOutputRoot: %w: output %d: %v", ErrBadSlotProof, k, err)
		}
		roots[k] = sp.Root
	}
	if merkle.Root(roots, merkle.HashZeros()) == c.OutputRoot {
		return fmt.Errorf("proveOutputRoot: %w", ErrOutputRootOK)
	}
	return nil
}

// VerifyDirectProof dispatches a ProveStepCount or ProveOutputRoot.
func VerifyDirectProof(c Commitment, m Move) error {
	switch m := m.(type) {
	case ProveStepCount:
		return VerifyStepCountProof(c, m)
	case ProveOutputRoot:
		return VerifyOutputRootProof(c, m)
	}
	return fmt.Errorf("%w: %T", ErrNotDirectProof, m)
}

// programParts returns the program root's preimage parts.
func programParts(p *compute.Program) (header []byte, slotsHash, outputsHash, opsRoot Hash, err error) {
	pr, err := p.OpProof(0)
	if err != nil {
		return nil, Hash{}, Hash{}, Hash{}, err
	}
	// compute exports no ops root; fold op 0's proof up to it.
	opsRoot = merkle.RootFromProof(merkle.Tagged(merkle.TagOp, pr.Record[:]), 0, pr.Siblings)
	if programRoot(pr.Header[:], pr.SlotsHash, pr.OutputsHash, opsRoot) != p.Root() {
		return nil, Hash{}, Hash{}, Hash{}, errors.New("program root parts do not hash to the program root")
	}
	return pr.Header[:], pr.SlotsHash, pr.OutputsHash, opsRoot, nil
}

// StepCountProof returns the direct proof that commitment c's step count is
// wrong for program p; false when it is right.
func StepCountProof(c Commitment, p *compute.Program) (ProveStepCount, bool, error) {
	if r := p.Root(); r != c.ProgramRoot {
		return ProveStepCount{}, false, fmt.Errorf("commitment's program root %s is not the program's %s", c.ProgramRoot, r)
	}
	if c.Steps == uint64(len(p.Ops)) {
		return ProveStepCount{}, false, nil
	}
	h, sh, oh, or, err := programParts(p)
	if err != nil {
		return ProveStepCount{}, false, err
	}
	return ProveStepCount{ResultID: c.ResultID, Header: h, SlotsHash: sh, OutputsHash: oh, OpsRoot: or}, true, nil
}

// OutputRootProof returns the direct proof that commitment c's output root is
// not the one of its own final state; false when it is, or when c's final
// state is not the trace's (then only a game can show c wrong: the trace
// cannot prove slots of a state it does not have).
func OutputRootProof(c Commitment, tr TraceProvider) (ProveOutputRoot, bool, error) {
	p := tr.Program()
	if r := p.Root(); r != c.ProgramRoot {
		return ProveOutputRoot{}, false, fmt.Errorf("commitment's program root %s is not the trace's %s", c.ProgramRoot, r)
	}
	n := tr.Steps()
	if sn, err := tr.StateRoot(n); err != nil || sn != c.FinalState {
		return ProveOutputRoot{}, false, err
	}
	roots, err := tr.SlotRoots(n)
	if err != nil {
		return ProveOutputRoot{}, false, err
	}
	tree := merkle.NewTree(roots, merkle.HashZeros())
	var slots []SlotProof
	var outRoots []Hash
	for _, s := range p.Outputs() {
		slots = append(slots, SlotProof{Root: roots[s], Siblings: tree.Proof(s)})
		outRoots = append(outRoots, roots[s])
	}
	if merkle.Root(outRoots, merkle.HashZeros()) == c.OutputRoot {
		return ProveOutputRoot{}, false, nil
	}
	h, sh, _, or, err := programParts(p)
	if err != nil {
		return ProveOutputRoot{}, false, err
	}
	return ProveOutputRoot{ResultID: c.ResultID, Header: h, SlotsHash: sh, Outputs: p.OutputsBytes(), OpsRoot: or, Slots: slots}, true, nil
}
