package compute

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Anything DecodeBinary accepts is canonical: it re-encodes to the same bytes.
func FuzzDecodeBinary(f *testing.F) {
	p, _ := DecodeJSON([]byte(exampleJSON))
	f.Add(p.EncodeBinary())
	for seed := uint64(1); seed <= 3; seed++ {
		q, _ := randomProgram(seed, 6)
		f.Add(q.EncodeBinary())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeBinary(b)
		if err != nil {
			if p != nil {
				t.Fatal("program returned with an error")
			}
			return
		}
		if !bytes.Equal(p.EncodeBinary(), b) {
			t.Fatalf("accepted a non-canonical encoding")
		}
		if _, err := p.EncodeJSON(); err != nil {
			t.Fatal(err)
		}
	})
}

// Anything DecodeJSON accepts is valid and survives a trip through both forms.
func FuzzDecodeJSON(f *testing.F) {
	f.Add([]byte(exampleJSON))
	for seed := uint64(1); seed <= 3; seed++ {
		q, _ := randomProgram(seed, 6)
		js, _ := q.EncodeJSON()
		f.Add(js)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeJSON(b)
		if err != nil {
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("accepted an invalid program: %v", err)
		}
		bin := p.EncodeBinary()
		q, err := DecodeBinary(bin)
		if err != nil {
			t.Fatalf("binary form of an accepted program rejected: %v", err)
		}
		js, err := q.EncodeJSON()
		if err != nil {
			t.Fatal(err)
		}
		r, err := DecodeJSON(js)
		if err != nil {
			t.Fatalf("JSON form of an accepted program rejected: %v", err)
		}
		if !bytes.Equal(r.EncodeBinary(), bin) {
			t.Fatal("JSON round trip changed the program")
		}
	})
}

var updateCorpus = flag.Bool("update", false, "rewrite the committed fuzz seed corpora under testdata/fuzz")

// seedPrograms are the committed seeds of both decoders: valid programs of
// every op, and near misses.
func seedPrograms() map[string]*Program {
	seeds := map[string]*Program{}
	ex, err := DecodeJSON([]byte(exampleJSON))
	if err != nil {
		panic(err)
	}
	seeds["example"] = ex
	for seed := uint64(1); seed <= 4; seed++ {
		p, _ := randomProgram(seed, 12)
		seeds[fmt.Sprintf("random%d", seed)] = p
	}
	return seeds
}

// TestSeedCorpus keeps testdata/fuzz in step with the decoders: each valid
// seed decodes, each bad_ seed is rejected (go test -run TestSeedCorpus
// -update rewrites them).
func TestSeedCorpus(t *testing.T) {
	files := map[string]map[string][]byte{"FuzzDecodeBinary": {}, "FuzzDecodeJSON": {}}
	for name, p := range seedPrograms() {
		bin := p.EncodeBinary()
		js, err := p.EncodeJSON()
		if err != nil {
			t.Fatal(err)
		}
		files["FuzzDecodeBinary"][name] = bin
		files["FuzzDecodeJSON"][name] = js
		files["FuzzDecodeBinary"]["bad_truncated_"+name] = bin[:len(bin)-3]
		files["FuzzDecodeJSON"]["bad_truncated_"+name] = js[:len(js)/2]
	}
	files["FuzzDecodeJSON"]["bad_unknown_op"] = []byte(strings.Replace(exampleJSON, `"argmax"`, `"argmin"`, 1))
	files["FuzzDecodeJSON"]["bad_shape"] = []byte(strings.Replace(exampleJSON, `[4, 8]`, `[4, -8]`, 1))
	files["FuzzDecodeBinary"]["bad_magic"] = append([]byte("CRXQ"), seedPrograms()["example"].EncodeBinary()[4:]...)
	for target, seeds := range files {
		dir := filepath.Join("testdata", "fuzz", target)
		for name, data := range seeds {
			path := filepath.Join(dir, name)
			want := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", data)
			if *updateCorpus {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestSeedCorpus -update)", err)
			}
			if string(got) != want {
				t.Errorf("%s is stale (run go test -run TestSeedCorpus -update)", path)
			}
			var derr error
			if target == "FuzzDecodeBinary" {
				_, derr = DecodeBinary(data)
			} else {
				_, derr = DecodeJSON(data)
			}
			if valid := !strings.HasPrefix(name, "bad_"); valid != (derr == nil) {
				t.Errorf("%s/%s: decode error %v", target, name, derr)
			}
		}
	}
}
