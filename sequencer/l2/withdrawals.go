package l2

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/crux-rollup/crux/compute/merkle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The withdrawals tree (docs/l2.md section 5): an append-only binary Merkle
// tree with the node hashing and padding of docs/compute.md 3.1 (inner node
// H(0x01 ‖ l ‖ r), depth ceil(log2 n), zero leaf 32 zero bytes), whose root
// goes into every output root. The Bridge keeps it in storage as the number
// of leaves, the leaves, the root, and the frontier: branch[h] is the root of
// the last complete subtree of height h on the left edge, so appending costs
// at most MaxDepth hashes and no leaf is ever read back.

// WithdrawalLeafTag is the domain tag of a withdrawal leaf.
const WithdrawalLeafTag = 0x10

// MaxWithdrawals is the capacity of the withdrawals tree.
const MaxWithdrawals = uint64(1) << merkle.MaxDepth

// Bridge storage layout, as Solidity would lay out
//
//	uint256 withdrawalCount;                      // slot 0
//	bytes32 withdrawalsRoot;                      // slot 1
//	bytes32[41] branch;                           // slots 2..42
//	mapping(uint256 => bytes32) withdrawalLeaves; // slot 43
//	uint256 l1OriginNumber;                       // slot 44
//	bytes32 l1OriginHash;                         // slot 45
//	uint256 l1OriginTime;                         // slot 46
//	uint256 depositCount;                         // slot 47
//	mapping(bytes32 => uint256) derived;          // slot 48: source hash => 1
const (
	brWithdrawalCount = 0
	brWithdrawalsRoot = 1
	brBranch          = 2
	brLeaves          = brBranch + merkle.MaxDepth + 1
	brOriginNumber    = brLeaves + 1
	brOriginHash      = brOriginNumber + 1
	brOriginTime      = brOriginHash + 1
	brDepositCount    = brOriginTime + 1
	brDerived         = brDepositCount + 1
)

// WithdrawalLeaf is the leaf of a withdrawal:
// keccak256(0x10 ‖ uint256 index ‖ from ‖ l1Recipient ‖ uint256 amount),
// i.e. Solidity's keccak256(abi.encodePacked(uint8(0x10), index, from,
// l1Recipient, amount)). The index makes every leaf unique.
func WithdrawalLeaf(index uint64, from, l1Recipient common.Address, amount *big.Int) common.Hash {
	var buf [1 + 32 + 20 + 20 + 32]byte
	buf[0] = WithdrawalLeafTag
	binary.BigEndian.PutUint64(buf[25:33], index)
	copy(buf[33:53], from[:])
	copy(buf[53:73], l1Recipient[:])
	amount.FillBytes(buf[73:105])
	return crypto.Keccak256Hash(buf[:])
}

// treeRoot folds the frontier into the root of the tree of depth
// ceil(log2 count) over count leaves.
func treeRoot(count uint64, branch func(h int) common.Hash) common.Hash {
	if count == 0 {
		return common.Hash{}
	}
	d := merkle.Depth(int(count))
	if count&(count-1) == 0 {
		return branch(d) // a full tree: the frontier holds its root
	}
	zeros := merkle.HashZeros()
	// node is the subtree at height h that holds position count, the first
	// empty one: left parts come from the frontier, right parts are zero.
	node := zeros[0]
	for h, c := 0, count; h < d; h, c = h+1, c>>1 {
		if c&1 == 1 {
			node = merkle.Node(merkle.Hash(branch(h)), node)
		} else {
			node = merkle.Node(node, zeros[h])
		}
	}
	return common.Hash(node)
}

// appendWithdrawal appends leaf to the Bridge's tree and returns its index
// and the new root.
func appendWithdrawal(s store, leaf common.Hash) (uint64, common.Hash) {
	index := s.u64(slotN(brWithdrawalCount))
	node := merkle.Hash(leaf)
	h := 0
	for i := index; i&1 == 1; i >>= 1 {
		node = merkle.Node(merkle.Hash(s.hash(slotN(brBranch+uint64(h)))), node)
		h++
	}
	s.setHash(slotN(brBranch+uint64(h)), common.Hash(node))
	s.setHash(mapSlot(u64Key(index), slotN(brLeaves)), leaf)
	count := index + 1
	s.setU64(slotN(brWithdrawalCount), count)
	root := treeRoot(count, func(h int) common.Hash { return s.hash(slotN(brBranch + uint64(h))) })
	s.setHash(slotN(brWithdrawalsRoot), root)
	return index, root
}

// WithdrawalsRoot is the withdrawals root in a state (zero before the first
// withdrawal).
func WithdrawalsRoot(st StorageReader) common.Hash {
	return st.GetState(BridgeAddress, slotN(brWithdrawalsRoot))
}

// WithdrawalCount is the number of withdrawals in a state.
func WithdrawalCount(st StorageReader) uint64 {
	v := st.GetState(BridgeAddress, slotN(brWithdrawalCount))
	return binary.BigEndian.Uint64(v[24:])
}

// WithdrawalProof proves one withdrawal leaf under a withdrawals root, in the
// form the L1 Portal checks: Siblings from the leaf up, bit h of Index says
// whether the node at height h is a right child, len(Siblings) =
// ceil(log2 Count).
type WithdrawalProof struct {
	Index    uint64        `json:"index"`
	Leaf     common.Hash   `json:"leaf"`
	Siblings []common.Hash `json:"siblings"`
	Root     common.Hash   `json:"root"`
	Count    uint64        `json:"count"`
}

// Verify checks the proof with the rules of docs/compute.md 3.1.
func (p *WithdrawalProof) Verify() bool {
	return VerifyWithdrawal(p.Root, p.Leaf, p.Index, p.Siblings)
}

// VerifyWithdrawal reports whether leaf sits at index under root.
func VerifyWithdrawal(root, leaf common.Hash, index uint64, siblings []common.Hash) bool {
	sib := make([]merkle.Hash, len(siblings))
	for i, s := range siblings {
		sib[i] = merkle.Hash(s)
	}
	return merkle.Verify(merkle.Hash(root), merkle.Hash(leaf), index, sib)
}

// ProveWithdrawal builds the proof of withdrawal index against the
// withdrawals root of st (the state after the block whose output root the
// Portal will check). It reads every leaf: O(count) storage reads; a server
// proving often should keep a merkle.Tree of the leaves instead.
func ProveWithdrawal(st StorageReader, index uint64) (*WithdrawalProof, error) {
	count := WithdrawalCount(st)
	if index >= count {
		return nil, fmt.Errorf("withdrawal %d: only %d withdrawals", index, count)
	}
	leaves := make([]merkle.Hash, count)
	for i := range leaves {
		leaves[i] = merkle.Hash(st.GetState(BridgeAddress, mapSlot(u64Key(uint64(i)), slotN(brLeaves))))
	}
	t := merkle.NewTree(leaves, merkle.HashZeros())
	root := WithdrawalsRoot(st)
	if common.Hash(t.Root()) != root {
		return nil, fmt.Errorf("withdrawals tree: leaves give root %s, state holds %s", common.Hash(t.Root()), root)
	}
	sib := t.Proof(int(index))
	p := &WithdrawalProof{Index: index, Leaf: common.Hash(leaves[index]), Root: root, Count: count, Siblings: make([]common.Hash, len(sib))}
	for i, s := range sib {
		p.Siblings[i] = common.Hash(s)
	}
	return p, nil
}

// OutputRoot is what the sequencer posts to the L1 OutputOracle for a block:
// keccak256(0x00 ‖ stateRoot ‖ withdrawalsRoot ‖ blockHash), the leading byte
// being the output version.
func OutputRoot(stateRoot, withdrawalsRoot, blockHash common.Hash) common.Hash {
	var buf [1 + 3*32]byte
	copy(buf[1:], stateRoot[:])
	copy(buf[33:], withdrawalsRoot[:])
	copy(buf[65:], blockHash[:])
	return crypto.Keccak256Hash(buf[:])
}
