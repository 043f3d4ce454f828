package merkle

import "fmt"

// Tree is a binary tree over a fixed number of leaves, kept whole so that one
// leaf can be replaced at the cost of one path and any leaf can be proven.
// Positions beyond the leaves hold the zero leaf of the tree's kind.
type Tree struct {
	zeros  *Zeros
	levels [][]Hash // levels[0] are the leaves; levels[h] has ceil(n/2^h) nodes
}

// NewTree builds the tree over leaves (copied) with the given zero subtrees.
func NewTree(leaves []Hash, zeros *Zeros) *Tree {
	if len(leaves) == 0 {
		panic("merkle: tree without leaves")
	}
	t := &Tree{zeros: zeros}
	level := append([]Hash(nil), leaves...)
	t.levels = append(t.levels, level)
	for h := 0; len(level) > 1; h++ {
		next := make([]Hash, (len(level)+1)/2)
		for i := range next {
			next[i] = Node(level[2*i], t.at(h, 2*i+1))
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t
}

// at returns node i of level h, or the zero subtree where the tree is padded.
func (t *Tree) at(h, i int) Hash {
	if i < len(t.levels[h]) {
		return t.levels[h][i]
	}
	return t.zeros[h]
}

// Len is the number of leaves.
func (t *Tree) Len() int { return len(t.levels[0]) }

// Depth is the number of siblings in a proof.
func (t *Tree) Depth() int { return len(t.levels) - 1 }

// Root is the tree's root.
func (t *Tree) Root() Hash { return t.levels[len(t.levels)-1][0] }

// Leaf returns leaf i.
func (t *Tree) Leaf(i int) Hash { return t.levels[0][i] }

// Update replaces leaf i and rehashes its path to the root.
func (t *Tree) Update(i int, leaf Hash) {
	if i < 0 || i >= t.Len() {
		panic(fmt.Sprintf("merkle: leaf %d of %d", i, t.Len()))
	}
	t.levels[0][i] = leaf
	for h := 0; h+1 < len(t.levels); h++ {
		i /= 2
		t.levels[h+1][i] = Node(t.at(h, 2*i), t.at(h, 2*i+1))
	}
}

// Proof returns the siblings of leaf i, from the leaf up.
func (t *Tree) Proof(i int) []Hash {
	if i < 0 || i >= t.Len() {
		panic(fmt.Sprintf("merkle: leaf %d of %d", i, t.Len()))
	}
	sib := make([]Hash, t.Depth())
	for h := range sib {
		sib[h] = t.at(h, i^1)
		i /= 2
	}
	return sib
}

// RootFromProof folds a leaf with its siblings: bit h of index says whether the
// node at height h is a right child.
func RootFromProof(leaf Hash, index uint64, siblings []Hash) Hash {
	for _, s := range siblings {
		if index&1 == 1 {
			leaf = Node(s, leaf)
		} else {
			leaf = Node(leaf, s)
		}
		index >>= 1
	}
	return leaf
}

// Verify reports whether leaf sits at index under root. Index bits beyond the
// proof's depth must be zero, so one leaf cannot be claimed at two indices.
func Verify(root, leaf Hash, index uint64, siblings []Hash) bool {
	if len(siblings) > MaxDepth || index>>len(siblings) != 0 {
		return false
	}
	return RootFromProof(leaf, index, siblings) == root
}

// Root returns the root of a tree over leaves without keeping the tree.
func Root(leaves []Hash, zeros *Zeros) Hash {
	return NewTree(leaves, zeros).Root()
}
