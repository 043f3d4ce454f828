package deploy_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/l1contracts/deploy"
	"github.com/crux-rollup/crux/l1contracts/l1sim"
)

func TestValidate(t *testing.T) {
	if err := deploy.DefaultParams().Validate(); err != nil {
		t.Fatalf("default parameters: %v", err)
	}
	for name, c := range map[string]struct {
		change func(*deploy.Params)
		want   string
	}{
		"no stake":           {func(p *deploy.Params) { p.MinStake = big.NewInt(0) }, "min stake"},
		"nil bond":           {func(p *deploy.Params) { p.ChallengerBond = nil }, "challenger bond"},
		"negative slash":     {func(p *deploy.Params) { p.SlashAmount = big.NewInt(-1) }, "slash amount"},
		"fractional window":  {func(p *deploy.Params) { p.ChallengeWindow = 1500 * time.Millisecond }, "challenge window"},
		"zero clock":         {func(p *deploy.Params) { p.ClockDuration = 0 }, "clock duration"},
		"clock beyond 32bit": {func(p *deploy.Params) { p.ClockDuration = (1 << 33) * time.Second }, "32-bit"},
		"reward over 100%":   {func(p *deploy.Params) { p.RewardBps = 10_001 }, "reward"},
		"no finalization":    {func(p *deploy.Params) { p.FinalizationDelay = 0 }, "finalization delay"},
		"finalization > 1y":  {func(p *deploy.Params) { p.FinalizationDelay = 366 * 24 * time.Hour }, "finalization delay"},
		"unbonding too short": {func(p *deploy.Params) {
			p.UnbondingDelay = p.ChallengeWindow + 2*p.ClockDuration
		}, "unbonding delay"},
	} {
		p := deploy.DefaultParams()
		c.change(&p)
		err := p.Validate()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one naming %q", name, err, c.want)
		}
	}
}

// Deploy wires every contract to the others with the given parameters, and
// refuses bad parameters before sending anything.
func TestDeployWires(t *testing.T) {
	ctx := context.Background()
	chain := l1sim.New(l1sim.Config{})
	defer chain.Close()
	p := deploy.DefaultParams()
	a, err := deploy.Deploy(ctx, chain.Client(), chain.Transactor(0), chain.Wait, p)
	if err != nil {
		t.Fatal(err)
	}
	call := func(to common.Address, data []byte) []byte {
		out, err := chain.Client().CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	game, results, providers := bindings.NewDisputeGame(), bindings.NewResultRegistry(), bindings.NewProviderRegistry()
	oracle, portal, inbox := bindings.NewOutputOracle(), bindings.NewPortal(), bindings.NewBatchInbox()
	addr := func(got common.Address, err error) common.Address {
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	num := func(got *big.Int, err error) uint64 {
		if err != nil {
			t.Fatal(err)
		}
		return got.Uint64()
	}
	for name, c := range map[string][2]common.Address{
		"providers.disputeGame": {addr(providers.UnpackDisputeGame(call(a.ProviderRegistry, providers.PackDisputeGame()))), a.DisputeGame},
		"results.disputeGame":   {addr(results.UnpackDisputeGame(call(a.ResultRegistry, results.PackDisputeGame()))), a.DisputeGame},
		"results.providers":     {addr(results.UnpackProviders(call(a.ResultRegistry, results.PackProviders()))), a.ProviderRegistry},
		"game.resultRegistry":   {addr(game.UnpackResultRegistry(call(a.DisputeGame, game.PackResultRegistry()))), a.ResultRegistry},
		"game.providerRegistry": {addr(game.UnpackProviderRegistry(call(a.DisputeGame, game.PackProviderRegistry()))), a.ProviderRegistry},
		"game.verifier":         {addr(game.UnpackVerifier(call(a.DisputeGame, game.PackVerifier()))), a.KernelVerifier},
		"portal.credit":         {addr(portal.UnpackCredit(call(a.Portal, portal.PackCredit()))), a.ComputeCredit},
		"portal.oracle":         {addr(portal.UnpackOracle(call(a.Portal, portal.PackOracle()))), a.OutputOracle},
		"oracle.proposer":       {addr(oracle.UnpackProposer(call(a.OutputOracle, oracle.PackProposer()))), chain.Address(0)},
		"oracle.guardian":       {addr(oracle.UnpackGuardian(call(a.OutputOracle, oracle.PackGuardian()))), chain.Address(0)},
		"inbox.batcher":         {addr(inbox.UnpackBatcher(call(a.BatchInbox, inbox.PackBatcher()))), chain.Address(0)},
	} {
		if c[0] != c[1] {
			t.Errorf("%s = %s, want %s", name, c[0], c[1])
		}
	}
	for name, c := range map[string][2]uint64{
		"clockDuration":     {num(game.UnpackClockDuration(call(a.DisputeGame, game.PackClockDuration()))), uint64(p.ClockDuration / time.Second)},
		"challengeWindow":   {num(results.UnpackChallengeWindow(call(a.ResultRegistry, results.PackChallengeWindow()))), uint64(p.ChallengeWindow / time.Second)},
		"unbondingDelay":    {num(providers.UnpackUnbondingDelay(call(a.ProviderRegistry, providers.PackUnbondingDelay()))), uint64(p.UnbondingDelay / time.Second)},
		"challengerBond":    {num(game.UnpackChallengerBond(call(a.DisputeGame, game.PackChallengerBond()))), p.ChallengerBond.Uint64()},
		"slashAmount":       {num(game.UnpackSlashAmount(call(a.DisputeGame, game.PackSlashAmount()))), p.SlashAmount.Uint64()},
		"rewardBps":         {num(game.UnpackRewardBps(call(a.DisputeGame, game.PackRewardBps()))), uint64(p.RewardBps)},
		"minStake":          {num(providers.UnpackMinStake(call(a.ProviderRegistry, providers.PackMinStake()))), p.MinStake.Uint64()},
		"finalizationDelay": {num(oracle.UnpackFinalizationDelay(call(a.OutputOracle, oracle.PackFinalizationDelay()))), uint64(p.FinalizationDelay / time.Second)},
	} {
		if c[0] != c[1] {
			t.Errorf("%s = %d, want %d", name, c[0], c[1])
		}
	}

	// Explicit roles replace the deployer.
	roles := p
	roles.Proposer, roles.Guardian, roles.Batcher = chain.Address(1), chain.Address(2), chain.Address(3)
	b, err := deploy.Deploy(ctx, chain.Client(), chain.Transactor(0), chain.Wait, roles)
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string][2]common.Address{
		"proposer": {addr(oracle.UnpackProposer(call(b.OutputOracle, oracle.PackProposer()))), chain.Address(1)},
		"guardian": {addr(oracle.UnpackGuardian(call(b.OutputOracle, oracle.PackGuardian()))), chain.Address(2)},
		"batcher":  {addr(inbox.UnpackBatcher(call(b.BatchInbox, inbox.PackBatcher()))), chain.Address(3)},
	} {
		if c[0] != c[1] {
			t.Errorf("%s = %s, want %s", name, c[0], c[1])
		}
	}

	bad := p
	bad.UnbondingDelay = time.Minute
	nonce, err := chain.Client().PendingNonceAt(ctx, chain.Address(0))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := deploy.Deploy(ctx, chain.Client(), chain.Transactor(0), chain.Wait, bad); err == nil {
		t.Fatal("deployed with an unbonding delay shorter than a dispute")
	}
	if after, _ := chain.Client().PendingNonceAt(ctx, chain.Address(0)); after != nonce {
		t.Errorf("a refused deployment sent %d transactions", after-nonce)
	}
}
