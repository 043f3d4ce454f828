package l2

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// The L1 events the L2 derives must be the ones the L1 contracts emit. The
// forge artifacts are build outputs (l1contracts/scripts/build.sh); without
// them the test skips.
func TestL1EventsMatchContracts(t *testing.T) {
	mine, err := L1EventsABI()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, c := range []struct {
		artifact string
		events   []string
	}{
		{"IResultRegistry", []string{"ResultPosted", "ResultFinalized", "ResultRejected"}},
		{"IProviderRegistry", []string{"Bonded", "UnbondRequested", "Slashed", "NodeRegistered"}},
		{"IPortal", []string{"DepositInitiated"}},
		{"Portal", []string{"DepositInitiated"}},
	} {
		path := filepath.Join("..", "..", "l1contracts", "out", c.artifact+".sol", c.artifact+".json")
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Logf("no artifact %s: skipping its events", path)
			continue
		}
		var art struct {
			ABI json.RawMessage `json:"abi"`
		}
		if err := json.Unmarshal(raw, &art); err != nil {
			t.Fatal(err)
		}
		theirs, err := abi.JSON(bytes.NewReader(art.ABI))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range c.events {
			ev, ok := theirs.Events[name]
			if !ok {
				t.Errorf("%s has no event %s", c.artifact, name)
				continue
			}
			m := mine.Events[name]
			if ev.ID != m.ID {
				t.Errorf("%s.%s: signature %s, the L2 expects %s", c.artifact, name, ev.Sig, m.Sig)
			}
			for i := range ev.Inputs {
				if i < len(m.Inputs) && ev.Inputs[i].Indexed != m.Inputs[i].Indexed {
					t.Errorf("%s.%s: input %d indexed=%v, the L2 expects %v", c.artifact, name, i, ev.Inputs[i].Indexed, m.Inputs[i].Indexed)
				}
			}
			checked++
		}
	}
	if checked == 0 {
		t.Skip("no L1 artifacts built")
	}
}

