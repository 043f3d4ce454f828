package l2

import (
	"context"
	"math/big"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/l1contracts/deploy"
	"github.com/crux-rollup/crux/l1contracts/l1sim"
)

// A deposit made on the real Portal (simulated L1) is derived into a mint on
// the L2, and a withdrawal burned on the L2 is paid by the Portal against
// the L2's own output root and withdrawal proof: the Solidity and Go sides
// agree on the event, the leaf, the tree and the output root.
func TestPortalRoundTrip(t *testing.T) {
	ctx := context.Background()
	l1 := l1sim.New(l1sim.Config{})
	defer l1.Close()
	p := deploy.DefaultParams()
	p.FinalizationDelay = time.Minute
	a, err := deploy.Deploy(ctx, l1.Client(), l1.Transactor(0), l1.Wait, p)
	if err != nil {
		t.Fatal(err)
	}
	credit, portal, oracle := bindings.NewComputeCredit(), bindings.NewPortal(), bindings.NewOutputOracle()
	send := func(to common.Address, c *bind.BoundContract, data []byte) *types.Receipt {
		t.Helper()
		tx, err := bind.Transact(c, l1.Transactor(0), data)
		r, err := l1.Mine(ctx, tx, err)
		if err != nil {
			t.Fatalf("L1 call to %s: %v", to, err)
		}
		return r
	}
	cc, pc, oc := credit.Instance(l1.Client(), a.ComputeCredit), portal.Instance(l1.Client(), a.Portal), oracle.Instance(l1.Client(), a.OutputOracle)

	cfg := testConfig()
	cfg.L1.Portal = a.Portal
	c := newChain(t, cfg, "alice")
	bob := common.HexToAddress("0x00000000000000000000000000000000000b0b01")
	amount := credits(7)

	send(a.ComputeCredit, cc, credit.PackMint(l1.Address(0), credits(100)))
	send(a.ComputeCredit, cc, credit.PackApprove(a.Portal, credits(100)))
	r := send(a.Portal, pc, portal.PackDeposit(bob, amount))
	var logs []types.Log
	for _, l := range r.Logs {
		logs = append(logs, *l)
	}
	_, receipts := c.mustStep(12, logs)
	if got := c.balance(bob); got.Cmp(amount) != 0 {
		t.Fatalf("bob holds %s on the L2 after the deposit, want %s", got, amount)
	}
	if names := eventNames(allLogs(receipts)); len(names) == 0 || names[len(names)-1] != "DepositFinalized" {
		t.Fatalf("L2 events %v, want a DepositFinalized", names)
	}

	// Withdraw 3 credits of alice's to an L1 account; a second withdrawal
	// makes the tree two leaves deep.
	recipient := l1.Address(5)
	w := credits(3)
	block, _ := c.mustStep(1, nil,
		c.br("alice", "withdraw", w, w, recipient),
		c.br("alice", "withdraw", credits(1), credits(1), l1.Address(6)))
	proof, err := ProveWithdrawal(c.st, 0)
	if err != nil {
		t.Fatal(err)
	}
	wroot := WithdrawalsRoot(c.st)
	out := OutputRoot(block.Root(), wroot, block.Hash())
	send(a.OutputOracle, oc, oracle.PackProposeOutput(block.Number(), out))
	if err := l1.AdjustTime(time.Minute); err != nil {
		t.Fatal(err)
	}
	sib := make([][32]byte, len(proof.Siblings))
	for i, s := range proof.Siblings {
		sib[i] = s
	}
	send(a.Portal, pc, portal.PackFinalizeWithdrawal(
		bindings.IPortalWithdrawal{Index: new(big.Int), From: c.addr("alice"), Recipient: recipient, Amount: w},
		block.Number(),
		bindings.IPortalOutputRootProof{StateRoot: block.Root(), WithdrawalsRoot: wroot, BlockHash: block.Hash()},
		sib))
	raw, err := l1.Client().CallContract(ctx, ethereumCall(a.ComputeCredit, credit.PackBalanceOf(recipient)), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := credit.UnpackBalanceOf(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got.Cmp(w) != 0 {
		t.Fatalf("L1 recipient holds %s after the withdrawal, want %s", got, w)
	}
}

func ethereumCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
