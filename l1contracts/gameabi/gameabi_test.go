package gameabi_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/l1contracts/gameabi"
)

func h(b byte) fraudproof.Hash { return fraudproof.Hash{b, 0xaa, b} }

// sampleMoves has one move of every DisputeGame entry point, every field set.
func sampleMoves() []fraudproof.Move {
	slot := fraudproof.SlotWitness{DType: 1, Rank: 2, Dims: [4]uint32{3, 4}, DataRoot: h(9), Siblings: []fraudproof.Hash{h(10), h(11)}}
	return []fraudproof.Move{
		fraudproof.Open{ResultID: 7, Claim: h(1), Dissection: []fraudproof.Hash{h(2), h(3)}},
		fraudproof.Bisect{GameID: 1, Theirs: []fraudproof.Hash{h(2)}, T: 2, Mine: h(4), Next: []fraudproof.Hash{h(5), h(6)}},
		fraudproof.RevealWrite{GameID: 2, Op: fraudproof.OpProof{Record: bytes.Repeat([]byte{1}, 64), Header: bytes.Repeat([]byte{2}, 16),
			SlotsHash: h(7), OutputsHash: h(8), Siblings: []fraudproof.Hash{h(12)}}, Out: slot, DataRoot: h(13), Desc: []fraudproof.Hash{h(14), h(15)}},
		fraudproof.Descend{GameID: 3, J: 5, Theirs: h(16), TheirSiblings: []fraudproof.Hash{h(17)}, Mine: h(18), MySiblings: []fraudproof.Hash{h(19)}, Next: []fraudproof.Hash{h(20)}},
		fraudproof.RevealChunk{GameID: 4, Chunk: bytes.Repeat([]byte{3}, 1024)},
		fraudproof.ProveElement{GameID: 5, Chunk: bytes.Repeat([]byte{4}, 1024), J: 17, Record: bytes.Repeat([]byte{5}, 64),
			Inputs: []fraudproof.InputWitness{{Slot: slot, Chunks: []fraudproof.ChunkWitness{{Index: 3, Data: bytes.Repeat([]byte{6}, 1024), Siblings: []fraudproof.Hash{h(21)}}}}}},
		fraudproof.ResolveLeaf{GameID: 6},
		fraudproof.Timeout{GameID: 8},
		fraudproof.ProveStepCount{ResultID: 9, Header: bytes.Repeat([]byte{7}, 16), SlotsHash: h(22), OutputsHash: h(23), OpsRoot: h(24)},
		fraudproof.ProveOutputRoot{ResultID: 10, Header: bytes.Repeat([]byte{8}, 16), SlotsHash: h(25), Outputs: []byte{0, 1, 0, 2}, OpsRoot: h(26),
			Slots: []fraudproof.SlotProof{{Root: h(27), Siblings: []fraudproof.Hash{h(28)}}}},
	}
}

// Every move survives Calldata then Decode unchanged.
func TestCalldataRoundTrip(t *testing.T) {
	for _, m := range sampleMoves() {
		data, err := gameabi.Calldata(m)
		if err != nil {
			t.Fatalf("%s: %v", m.Name(), err)
		}
		back, err := gameabi.Decode(data)
		if err != nil {
			t.Fatalf("%s: decoding: %v", m.Name(), err)
		}
		if !reflect.DeepEqual(back, m) {
			t.Errorf("%s: decoded %+v, want %+v", m.Name(), back, m)
		}
	}
}

// Decode refuses what is not a canonical move.
func TestDecodeRejects(t *testing.T) {
	good, err := gameabi.Calldata(fraudproof.Bisect{GameID: 1, Theirs: []fraudproof.Hash{h(2)}, T: 1, Mine: h(3)})
	if err != nil {
		t.Fatal(err)
	}
	big := append([]byte(nil), good...)
	big[4+31-8] = 1 // gameId = 2^64 + 1
	for name, data := range map[string][]byte{
		"empty":            nil,
		"short selector":   good[:3],
		"unknown selector": append([]byte{1, 2, 3, 4}, good[4:]...),
		"truncated":        good[:len(good)-1],
		"trailing bytes":   append(append([]byte(nil), good...), 0),
		"view function":    crypto.Keccak256([]byte("games(uint256)"))[:4], // not a move
		"id beyond 64 bit": big,
	} {
		if m, err := gameabi.Decode(data); err == nil {
			t.Errorf("%s: decoded %+v", name, m)
		}
	}
}

// FuzzDecode: no input crashes Decode, and whatever it accepts re-encodes to
// the same bytes.
func FuzzDecode(f *testing.F) {
	for _, m := range sampleMoves() {
		data, err := gameabi.Calldata(m)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := gameabi.Decode(data)
		if err != nil {
			return
		}
		again, err := gameabi.Calldata(m)
		if err != nil {
			t.Fatalf("decoded move %s does not encode: %v", m.Name(), err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("%s: decoded and re-encoded calldata differs", m.Name())
		}
	})
}

var updateCorpus = flag.Bool("update", false, "rewrite the committed fuzz seed corpus under testdata/fuzz/FuzzDecode")

// TestSeedCorpus keeps testdata/fuzz/FuzzDecode in step with the encoder:
// every move's calldata and a truncated copy of each (go test -run
// TestSeedCorpus -update rewrites them). Seeds named bad_* must be rejected.
func TestSeedCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzDecode")
	if *updateCorpus {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, m := range sampleMoves() {
			data, err := gameabi.Calldata(m)
			if err != nil {
				t.Fatal(err)
			}
			for name, b := range map[string][]byte{m.Name(): data, "bad_truncated_" + m.Name(): data[:len(data)-5]} {
				body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", b)
				if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) < 2*len(sampleMoves()) {
		t.Fatalf("seed corpus %s: %d files, %v (go test -run TestSeedCorpus -update)", dir, len(entries), err)
	}
}
