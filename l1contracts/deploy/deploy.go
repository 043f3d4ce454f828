// Package deploy deploys the crux L1 contracts and wires them together:
// ComputeCredit, ProviderRegistry, ResultRegistry, KernelVerifier and
// DisputeGame, then hands the registries their DisputeGame; then the L2's
// contracts: OutputOracle, Portal (deposits and withdrawals of credits) and
// BatchInbox. Tests, `crux
// devnet` and `crux contracts deploy` all go through Deploy, so every
// environment runs the same wiring with the same parameter checks.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crux-rollup/crux/l1contracts/bindings"
)

// Params are the protocol parameters fixed at deployment.
type Params struct {
	MinStake        *big.Int      // wei a provider must bond to post results
	UnbondingDelay  time.Duration // requestUnbond to withdrawStake
	ChallengeWindow time.Duration // from postResult until finalize is allowed
	ChallengerBond  *big.Int      // wei a challenger posts per game
	SlashAmount     *big.Int      // stake taken from a provider per lost game
	RewardBps       uint16        // winner's share of the loser's bond or slash, in basis points
	ClockDuration   time.Duration // each side's chess clock per game

	// FinalizationDelay is how old an L2 output root must be before the
	// Portal pays withdrawals against it (the window for the guardian).
	FinalizationDelay time.Duration
	// Proposer posts L2 output roots, Guardian may delete them before they
	// are final, Batcher posts L2 batches (an EOA). Zero: the deploying
	// account.
	Proposer, Guardian, Batcher common.Address
}

// DefaultParams are the devnet's parameters: short enough to watch a whole
// dispute in minutes, with the unbonding rule of Validate satisfied.
func DefaultParams() Params {
	return Params{
		MinStake:        ether(1),
		UnbondingDelay:  2 * time.Hour,
		ChallengeWindow: 10 * time.Minute,
		ChallengerBond:  new(big.Int).Div(ether(1), big.NewInt(10)),
		SlashAmount:     new(big.Int).Div(ether(1), big.NewInt(2)),
		RewardBps:       5000,
		ClockDuration:   10 * time.Minute,

		FinalizationDelay: 10 * time.Minute,
	}
}

// maxFinalizationDelay is OutputOracle.MAX_FINALIZATION_DELAY.
const maxFinalizationDelay = 365 * 24 * time.Hour

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// Validate checks the parameters as the contracts will, so a bad set fails
// before any transaction is sent. The rule that matters: a provider must not
// be able to withdraw its stake while a result it posted can still be
// disputed, i.e. unbonding takes longer than a challenge window plus a whole
// dispute (both clocks run out).
func (p Params) Validate() error {
	positive := func(name string, v *big.Int) error {
		if v == nil || v.Sign() <= 0 {
			return fmt.Errorf("%s must be positive", name)
		}
		return nil
	}
	if err := errors.Join(
		positive("min stake", p.MinStake),
		positive("challenger bond", p.ChallengerBond),
		positive("slash amount", p.SlashAmount),
	); err != nil {
		return err
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"unbonding delay", p.UnbondingDelay}, {"challenge window", p.ChallengeWindow}, {"clock duration", p.ClockDuration}, {"finalization delay", p.FinalizationDelay}} {
		if d.v < time.Second || d.v%time.Second != 0 {
			return fmt.Errorf("%s %v must be a positive whole number of seconds", d.name, d.v)
		}
		if d.v/time.Second > 1<<32-1 {
			return fmt.Errorf("%s %v does not fit the contracts' 32-bit seconds", d.name, d.v)
		}
	}
	if p.FinalizationDelay > maxFinalizationDelay {
		return fmt.Errorf("finalization delay %v exceeds the OutputOracle's maximum %v", p.FinalizationDelay, maxFinalizationDelay)
	}
	if p.RewardBps > 10_000 {
		return fmt.Errorf("reward %d bps exceeds 10000", p.RewardBps)
	}
	if need := p.ChallengeWindow + 2*p.ClockDuration; p.UnbondingDelay <= need {
		return fmt.Errorf("unbonding delay %v must exceed the challenge window plus two clocks (%v)", p.UnbondingDelay, need)
	}
	return nil
}

// Addresses are the deployed contracts.
type Addresses struct {
	ComputeCredit    common.Address `json:"computeCredit"`
	ProviderRegistry common.Address `json:"providerRegistry"`
	ResultRegistry   common.Address `json:"resultRegistry"`
	KernelVerifier   common.Address `json:"kernelVerifier"`
	DisputeGame      common.Address `json:"disputeGame"`
	OutputOracle     common.Address `json:"outputOracle"`
	Portal           common.Address `json:"portal"`
	BatchInbox       common.Address `json:"batchInbox"`
}

// Backend is what deploying needs from an L1 client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Waiter returns the receipt of a sent transaction once it is mined. For a
// node that mines on its own, use WaitMined; the simulated L1 supplies one
// that mines a block first.
type Waiter func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error)

// WaitMined is the Waiter for a real node: it polls for the receipt.
func WaitMined(b bind.DeployBackend) Waiter {
	return func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
		return bind.WaitMined(ctx, b, tx.Hash())
	}
}

// Deploy deploys and wires every contract from the account of opts, sending
// one transaction at a time and checking each receipt, and returns the
// addresses. A failure names the step; contracts deployed before it stay on
// chain, unwired, and are simply not used.
func Deploy(ctx context.Context, b Backend, opts *bind.TransactOpts, wait Waiter, p Params) (Addresses, error) {
	if err := p.Validate(); err != nil {
		return Addresses{}, fmt.Errorf("deployment parameters: %w", err)
	}
	secs := func(d time.Duration) *big.Int { return big.NewInt(int64(d / time.Second)) }
	d := deployer{ctx: ctx, b: b, opts: opts, wait: wait}
	var a Addresses
	providers, results, game := bindings.NewProviderRegistry(), bindings.NewResultRegistry(), bindings.NewDisputeGame()

	a.ComputeCredit = d.create("ComputeCredit", &bindings.ComputeCreditMetaData, nil)
	a.ProviderRegistry = d.create("ProviderRegistry", &bindings.ProviderRegistryMetaData,
		providers.PackConstructor(p.MinStake, secs(p.UnbondingDelay)))
	a.ResultRegistry = d.create("ResultRegistry", &bindings.ResultRegistryMetaData,
		results.PackConstructor(a.ProviderRegistry, secs(p.ChallengeWindow)))
	a.KernelVerifier = d.create("KernelVerifier", &bindings.KernelVerifierMetaData, nil)
	a.DisputeGame = d.create("DisputeGame", &bindings.DisputeGameMetaData,
		game.PackConstructor(a.ResultRegistry, a.ProviderRegistry, a.KernelVerifier,
			p.ChallengerBond, p.SlashAmount, big.NewInt(int64(p.RewardBps)), secs(p.ClockDuration)))
	d.call("wiring ProviderRegistry to DisputeGame", providers.Instance(b, a.ProviderRegistry), providers.PackSetDisputeGame(a.DisputeGame))
	d.call("wiring ResultRegistry to DisputeGame", results.Instance(b, a.ResultRegistry), results.PackSetDisputeGame(a.DisputeGame))
	orDeployer := func(x common.Address) common.Address {
		if x == (common.Address{}) {
			return opts.From
		}
		return x
	}
	a.OutputOracle = d.create("OutputOracle", &bindings.OutputOracleMetaData,
		bindings.NewOutputOracle().PackConstructor(orDeployer(p.Proposer), orDeployer(p.Guardian), secs(p.FinalizationDelay)))
	a.Portal = d.create("Portal", &bindings.PortalMetaData, bindings.NewPortal().PackConstructor(a.ComputeCredit, a.OutputOracle))
	a.BatchInbox = d.create("BatchInbox", &bindings.BatchInboxMetaData, bindings.NewBatchInbox().PackConstructor(orDeployer(p.Batcher)))
	if d.err != nil {
		return Addresses{}, d.err
	}
	return a, nil
}

// deployer sends transactions in order and keeps the first error, so Deploy
// reads as the list of steps.
type deployer struct {
	ctx  context.Context
	b    Backend
	opts *bind.TransactOpts
	wait Waiter
	err  error
}

func (d *deployer) mined(what string, tx *types.Transaction) *types.Receipt {
	r, err := d.wait(d.ctx, tx)
	if err != nil {
		d.err = fmt.Errorf("%s: waiting for transaction %s: %w", what, tx.Hash(), err)
		return nil
	}
	if r.Status != types.ReceiptStatusSuccessful {
		d.err = fmt.Errorf("%s: transaction %s reverted", what, tx.Hash())
		return nil
	}
	return r
}

func (d *deployer) create(name string, meta *bind.MetaData, args []byte) common.Address {
	if d.err != nil {
		return common.Address{}
	}
	code := common.FromHex(meta.Bin)
	addr, tx, err := bind.DeployContract(d.opts, code, d.b, args)
	if err != nil {
		d.err = fmt.Errorf("deploying %s: %w", name, err)
		return common.Address{}
	}
	if d.mined("deploying "+name, tx) == nil {
		return common.Address{}
	}
	return addr
}

func (d *deployer) call(what string, c *bind.BoundContract, data []byte) {
	if d.err != nil {
		return
	}
	tx, err := bind.Transact(c, d.opts, data)
	if err != nil {
		d.err = fmt.Errorf("%s: %w", what, err)
		return
	}
	d.mined(what, tx)
}
