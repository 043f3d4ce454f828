package l2

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Module storage follows Solidity's layout rules, so that eth_getProof and
// eth_getStorageAt read it the way they would read a contract declared as in
// docs/l2.md: a variable at slot n lives at key n, mapping m at slot n keeps
// m[k] at keccak256(pad32(k) ‖ pad32(n)), and a struct's field i lives at its
// base slot + i. Every field takes a whole slot (no packing) to keep the
// layout easy to read from other languages.

// slotN is the key of a variable at slot n.
func slotN(n uint64) common.Hash {
	var h common.Hash
	binary.BigEndian.PutUint64(h[24:], n)
	return h
}

// mapSlot is the key of m[key] for a mapping declared at base.
func mapSlot(key, base common.Hash) common.Hash {
	var buf [64]byte
	copy(buf[:32], key[:])
	copy(buf[32:], base[:])
	return crypto.Keccak256Hash(buf[:])
}

// fieldSlot is the key of field i of a struct stored from base.
func fieldSlot(base common.Hash, i uint64) common.Hash {
	var b uint256.Int
	b.SetBytes32(base[:])
	b.AddUint64(&b, i) // wraps mod 2^256, as in Solidity
	return b.Bytes32()
}

// Key encodings of mapping keys.
func addrKey(a common.Address) common.Hash { return common.BytesToHash(a[:]) }
func u64Key(n uint64) common.Hash          { return slotN(n) }

// store reads and writes one module account's storage.
type store struct {
	st   StateDB
	addr common.Address
}

func (s store) hash(k common.Hash) common.Hash { return s.st.GetState(s.addr, k) }
func (s store) setHash(k, v common.Hash)       { s.st.SetState(s.addr, k, v) }

func (s store) u64(k common.Hash) uint64 {
	v := s.hash(k)
	return binary.BigEndian.Uint64(v[24:])
}

func (s store) setU64(k common.Hash, v uint64) { s.setHash(k, slotN(v)) }

func (s store) u256(k common.Hash) *uint256.Int {
	v := s.hash(k)
	return new(uint256.Int).SetBytes32(v[:])
}

func (s store) setU256(k common.Hash, v *uint256.Int) { s.setHash(k, v.Bytes32()) }

func (s store) address(k common.Hash) common.Address {
	v := s.hash(k)
	return common.BytesToAddress(v[12:])
}

func (s store) setAddress(k common.Hash, a common.Address) { s.setHash(k, addrKey(a)) }

// clear zeroes a slot, which removes it from the storage trie.
func (s store) clear(k common.Hash) { s.setHash(k, common.Hash{}) }
