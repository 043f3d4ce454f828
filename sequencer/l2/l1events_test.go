package l2

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/crux-rollup/crux/l1contracts/bindings"
)

// The L1 events the L2 derives must be the ones the L1 contracts emit: their
// ABIs come from the committed bindings (make test checks those are fresh).
// TestPortalRoundTrip also derives a real Portal deposit log.
func TestL1EventsMatchContracts(t *testing.T) {
	mine, err := L1EventsABI()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		contract string
		meta     *bind.MetaData
		events   []string
	}{
		{"Portal", &bindings.PortalMetaData, []string{"DepositInitiated"}},
		{"ResultRegistry", &bindings.ResultRegistryMetaData, []string{"ResultPosted", "ResultFinalized", "ResultRejected"}},
		{"ProviderRegistry", &bindings.ProviderRegistryMetaData, []string{"Bonded", "UnbondRequested", "Slashed", "NodeRegistered"}},
	} {
		theirs, err := c.meta.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range c.events {
			ev, ok := theirs.Events[name]
			if !ok {
				t.Errorf("%s has no event %s", c.contract, name)
				continue
			}
			m, ok := mine.Events[name]
			if !ok {
				t.Errorf("the L2 does not know event %s", name)
				continue
			}
			if ev.ID != m.ID {
				t.Errorf("%s.%s: signature %s, the L2 expects %s", c.contract, name, ev.Sig, m.Sig)
			}
			for i := range ev.Inputs {
				if i < len(m.Inputs) && ev.Inputs[i].Indexed != m.Inputs[i].Indexed {
					t.Errorf("%s.%s: input %d indexed=%v, the L2 expects %v", c.contract, name, i, ev.Inputs[i].Indexed, m.Inputs[i].Indexed)
				}
			}
		}
	}
}
