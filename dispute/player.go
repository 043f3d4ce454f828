// Package dispute plays DisputeGame games on L1 for one account: it rebuilds
// each game from the chain, asks the pure engine (fraudproof) for the next
// move, sends it, claims timeouts when the opponent's clock has run out, and
// withdraws payouts. The executor and the challenger services both use it
// (each with its own traces); in op-challenger's terms this is the responder
// over fraudproof's solver.
//
// A game is rebuilt by replaying its transactions: every DisputeGame event
// carries the game id, each event's transaction calldata decodes to the move
// (gameabi.Decode), and the sender's address gives the role. Replaying through
// fraudproof.Game.Apply and comparing with the contract's games(id) view after
// the last move means the engine and the contract can never silently
// disagree. Moves must come from externally owned accounts (a move sent
// through another contract has no decodable top-level calldata): the player
// refuses such a game with an error rather than guess.
package dispute

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/l1contracts/gameabi"
)

// Client is what the player reads from L1.
type Client interface {
	ethereum.ContractCaller
	ethereum.LogFilterer
	ethereum.TransactionReader
	ethereum.ChainReader
	ethereum.ChainIDReader
}

// Sender sends one transaction and returns its mined receipt (a reverted
// transaction is an error). Services plug in op-service's txmgr or a plain
// key; tests a simulated L1.
type Sender interface {
	From() common.Address
	Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error)
}

// Traces gives the player's own view of a commitment's job: what it
// computed itself. ok is false when it has no trace (yet) for the job.
type Traces interface {
	Trace(ctx context.Context, c fraudproof.Commitment) (tr fraudproof.TraceProvider, ok bool, err error)
}

// Player plays every game its account is in.
type Player struct {
	client  Client
	send    Sender
	traces  Traces
	game    common.Address
	results common.Address

	dg *bindings.DisputeGame
	rr *bindings.ResultRegistry

	ended map[uint64]bool // games seen over: StepAll does not replay them again
}

// New returns a player for the account of send on the DisputeGame at game,
// whose ResultRegistry is results.
func New(client Client, send Sender, traces Traces, game, results common.Address) *Player {
	return &Player{client: client, send: send, traces: traces, game: game, results: results,
		dg: bindings.NewDisputeGame(), rr: bindings.NewResultRegistry(), ended: map[uint64]bool{}}
}

// Outcome is what one Step did.
type Outcome struct {
	Game  fraudproof.Game // the game after the step
	Moved string          // the move sent ("" if none)
	Gas   uint64          // its gas
}

// Step brings game id up to date from the chain and, if the player has
// something to do, does it: its move when it is its turn (or a resolveLeaf
// it wins), or timeout when the opponent's clock has run out. A game over,
// or one where it is the opponent's turn with time left, is a no-op.
func (p *Player) Step(ctx context.Context, id uint64) (Outcome, error) {
	g, role, err := p.Sync(ctx, id)
	if err != nil {
		return Outcome{}, err
	}
	if g.Over() || role == fraudproof.NoRole {
		return Outcome{Game: g}, nil
	}
	tr, ok, err := p.traces.Trace(ctx, g.Commitment)
	if err != nil {
		return Outcome{}, fmt.Errorf("game %d: loading the trace of result %d: %w", id, g.Commitment.ResultID, err)
	}
	var mv fraudproof.Move
	if ok {
		mv, ok, err = fraudproof.NextMove(g, role, tr)
		if err != nil && !errors.Is(err, fraudproof.ErrCannotMove) {
			return Outcome{}, fmt.Errorf("game %d: choosing a move: %w", id, err)
		}
	}
	if !ok && g.Turn == role.Other() {
		expired, err := p.expired(ctx, id, g.Turn)
		if err != nil {
			return Outcome{}, err
		}
		if expired {
			mv, ok = fraudproof.Timeout{GameID: id}, true
		}
	}
	if !ok {
		return Outcome{Game: g}, nil
	}
	data, err := gameabi.Calldata(mv)
	if err != nil {
		return Outcome{}, fmt.Errorf("game %d: packing %s: %w", id, mv.Name(), err)
	}
	r, err := p.send.Send(ctx, p.game, data, nil)
	if err != nil {
		return Outcome{}, fmt.Errorf("game %d: sending %s: %w", id, mv.Name(), err)
	}
	sender := role
	if _, isTimeout := mv.(fraudproof.Timeout); isTimeout {
		sender = fraudproof.NoRole
	}
	if err := g.Apply(sender, mv); err != nil {
		return Outcome{}, fmt.Errorf("game %d: the chain took %s but the engine refuses it: %w", id, mv.Name(), err)
	}
	return Outcome{Game: g, Moved: mv.Name(), Gas: r.GasUsed}, nil
}

// StepAll does a Step in every game on the DisputeGame that has not ended
// (the player's own and others', which are no-ops), and returns what moved.
// A game seen over is remembered and not replayed again. Errors of single
// games are joined; the other games still step.
func (p *Player) StepAll(ctx context.Context) ([]Outcome, error) {
	ids, err := p.GamesOf(ctx, 0)
	if err != nil {
		return nil, err
	}
	var moved []Outcome
	var errs []error
	for _, id := range ids {
		if p.ended[id] {
			continue
		}
		out, err := p.Step(ctx, id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if out.Game.Over() {
			p.ended[id] = true
		}
		if out.Moved != "" {
			moved = append(moved, out)
		}
	}
	return moved, errors.Join(errs...)
}

// expired reports whether side's clock in game id has run out.
func (p *Player) expired(ctx context.Context, id uint64, side fraudproof.Role) (bool, error) {
	out, err := p.call(ctx, p.game, p.dg.PackClocks(new(big.Int).SetUint64(id)))
	if err != nil {
		return false, fmt.Errorf("game %d: reading clocks: %w", id, err)
	}
	c, err := p.dg.UnpackClocks(out)
	if err != nil {
		return false, fmt.Errorf("game %d: decoding clocks: %w", id, err)
	}
	left := c.ChallengerLeft
	if side == fraudproof.Executor {
		left = c.ExecutorLeft
	}
	return left.Sign() == 0, nil
}

func (p *Player) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return p.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

// Commitment reads result id from the ResultRegistry.
func (p *Player) Commitment(ctx context.Context, resultID uint64) (fraudproof.Commitment, common.Address, error) {
	out, err := p.call(ctx, p.results, p.rr.PackCommitment(new(big.Int).SetUint64(resultID)))
	if err != nil {
		return fraudproof.Commitment{}, common.Address{}, fmt.Errorf("reading result %d: %w", resultID, err)
	}
	c, err := p.rr.UnpackCommitment(out)
	if err != nil {
		return fraudproof.Commitment{}, common.Address{}, fmt.Errorf("decoding result %d: %w", resultID, err)
	}
	return gameabi.Commitment(resultID, c), c.Executor, nil
}

// gameEvents are the events that carry a game id as their first topic; one
// of them is emitted by every transaction that changes a game.
func gameEvents() []common.Hash {
	a, _ := bindings.DisputeGameMetaData.ParseABI()
	var ids []common.Hash
	for _, name := range []string{"GameOpened", "Bisected", "WriteRevealed", "Descended", "ChunkRevealed", "GameResolved"} {
		ids = append(ids, a.Events[name].ID)
	}
	return ids
}

// Sync rebuilds game id from the chain and returns it with the player's role
// in it (NoRole if it is not a party), after checking it against the
// contract's view.
func (p *Player) Sync(ctx context.Context, id uint64) (fraudproof.Game, fraudproof.Role, error) {
	idTopic := common.BigToHash(new(big.Int).SetUint64(id))
	logs, err := p.client.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{p.game},
		Topics:    [][]common.Hash{gameEvents(), {idTopic}},
	})
	if err != nil {
		return fraudproof.Game{}, 0, fmt.Errorf("game %d: reading events: %w", id, err)
	}
	if len(logs) == 0 {
		return fraudproof.Game{}, 0, fmt.Errorf("game %d: no such game", id)
	}
	sort.SliceStable(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
	opened, err := p.dg.UnpackGameOpenedEvent(&logs[0])
	if err != nil {
		return fraudproof.Game{}, 0, fmt.Errorf("game %d: first event is not GameOpened: %w", id, err)
	}
	c, executor, err := p.Commitment(ctx, opened.ResultId.Uint64())
	if err != nil {
		return fraudproof.Game{}, 0, fmt.Errorf("game %d: %w", id, err)
	}
	chainID, err := p.client.ChainID(ctx)
	if err != nil {
		return fraudproof.Game{}, 0, fmt.Errorf("reading the L1 chain id: %w", err)
	}
	signer := types.LatestSignerForChainID(chainID)
	g := fraudproof.NewGame(id, c)
	seen := map[common.Hash]bool{}
	for _, l := range logs {
		if seen[l.TxHash] {
			continue
		}
		seen[l.TxHash] = true
		tx, _, err := p.client.TransactionByHash(ctx, l.TxHash)
		if err != nil {
			return fraudproof.Game{}, 0, fmt.Errorf("game %d: reading transaction %s: %w", id, l.TxHash, err)
		}
		from, err := types.Sender(signer, tx)
		if err != nil {
			return fraudproof.Game{}, 0, fmt.Errorf("game %d: sender of %s: %w", id, l.TxHash, err)
		}
		if tx.To() == nil || *tx.To() != p.game {
			return fraudproof.Game{}, 0, fmt.Errorf("game %d: move %s was sent through another contract; only direct calls can be replayed", id, l.TxHash)
		}
		mv, err := gameabi.Decode(tx.Data())
		if err != nil {
			return fraudproof.Game{}, 0, fmt.Errorf("game %d: transaction %s: %w", id, l.TxHash, err)
		}
		if err := g.Apply(roleOf(mv, from, executor, opened.Challenger, g.Turn), mv); err != nil {
			return fraudproof.Game{}, 0, fmt.Errorf("game %d: the chain took %s (%s) but the engine refuses it: %w", id, mv.Name(), l.TxHash, err)
		}
	}
	out, err := p.call(ctx, p.game, p.dg.PackGames(new(big.Int).SetUint64(id)))
	if err != nil {
		return fraudproof.Game{}, 0, fmt.Errorf("game %d: reading its view: %w", id, err)
	}
	view, err := p.dg.UnpackGames(out)
	if err != nil {
		return fraudproof.Game{}, 0, fmt.Errorf("game %d: decoding its view: %w", id, err)
	}
	if err := gameabi.CheckView(g, view); err != nil {
		return fraudproof.Game{}, 0, err
	}
	me := p.send.From()
	role := fraudproof.NoRole
	switch me {
	case executor:
		role = fraudproof.Executor
	case opened.Challenger:
		role = fraudproof.Challenger
	}
	return g, role, nil
}

// roleOf is the role a move was sent as: Open makes its sender the
// challenger; resolveLeaf and timeout are anyone's; other moves are the
// side the sender is. An executor may challenge its own result; then both
// sides are one address and, as on chain, the turn decides.
func roleOf(mv fraudproof.Move, from, executor, challenger common.Address, turn fraudproof.Role) fraudproof.Role {
	switch mv.(type) {
	case fraudproof.Open:
		return fraudproof.Challenger
	case fraudproof.ResolveLeaf, fraudproof.Timeout:
		return fraudproof.NoRole
	}
	switch {
	case from == executor && from == challenger:
		return turn
	case from == executor:
		return fraudproof.Executor
	case from == challenger:
		return fraudproof.Challenger
	}
	return fraudproof.NoRole
}

// GamesOf lists the games (ids, ascending) of result resultID, or of every
// result when resultID is 0.
func (p *Player) GamesOf(ctx context.Context, resultID uint64) ([]uint64, error) {
	a, _ := bindings.DisputeGameMetaData.ParseABI()
	topics := [][]common.Hash{{a.Events["GameOpened"].ID}}
	if resultID != 0 {
		topics = append(topics, nil, []common.Hash{common.BigToHash(new(big.Int).SetUint64(resultID))})
	}
	logs, err := p.client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{p.game}, Topics: topics})
	if err != nil {
		return nil, fmt.Errorf("listing games: %w", err)
	}
	var ids []uint64
	for _, l := range logs {
		ev, err := p.dg.UnpackGameOpenedEvent(&l)
		if err != nil {
			return nil, fmt.Errorf("decoding GameOpened in %s: %w", l.TxHash, err)
		}
		ids = append(ids, ev.GameId.Uint64())
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids, nil
}

// WithdrawPayout withdraws what the DisputeGame owes the player's account,
// returning the amount (0 and no transaction when nothing is owed).
func (p *Player) WithdrawPayout(ctx context.Context) (*big.Int, error) {
	out, err := p.call(ctx, p.game, p.dg.PackPayouts(p.send.From()))
	if err != nil {
		return nil, fmt.Errorf("reading the payout: %w", err)
	}
	owed, err := p.dg.UnpackPayouts(out)
	if err != nil {
		return nil, fmt.Errorf("decoding the payout: %w", err)
	}
	if owed.Sign() == 0 {
		return owed, nil
	}
	if _, err := p.send.Send(ctx, p.game, p.dg.PackWithdrawPayout(), nil); err != nil {
		return nil, fmt.Errorf("withdrawing %v wei: %w", owed, err)
	}
	return owed, nil
}

// Challenge disputes commitment c, which the player's trace tr of program
// prog contradicts, the cheapest way that works: a direct proof of a wrong
// step count, a game when the final states differ, or a direct proof of a
// wrong output root over a correct final state. It returns what it did
// ("" when tr agrees with c) and the new game's id for a game.
func (p *Player) Challenge(ctx context.Context, c fraudproof.Commitment, tr fraudproof.TraceProvider) (string, uint64, error) {
	if m, ok, err := fraudproof.StepCountProof(c, tr.Program()); err != nil {
		return "", 0, fmt.Errorf("result %d: building a step-count proof: %w", c.ResultID, err)
	} else if ok {
		return p.sendDirect(ctx, c, m)
	}
	if o, ok, err := fraudproof.OpenMove(c, tr); err != nil {
		return "", 0, fmt.Errorf("result %d: building the opening: %w", c.ResultID, err)
	} else if ok {
		id, err := p.open(ctx, o)
		return o.Name(), id, err
	}
	if m, ok, err := fraudproof.OutputRootProof(c, tr); err != nil {
		return "", 0, fmt.Errorf("result %d: building an output-root proof: %w", c.ResultID, err)
	} else if ok {
		return p.sendDirect(ctx, c, m)
	}
	return "", 0, nil
}

func (p *Player) sendDirect(ctx context.Context, c fraudproof.Commitment, m fraudproof.Move) (string, uint64, error) {
	if err := fraudproof.VerifyDirectProof(c, m); err != nil {
		return "", 0, fmt.Errorf("result %d: own %s proof does not verify: %w", c.ResultID, m.Name(), err)
	}
	data, err := gameabi.Calldata(m)
	if err != nil {
		return "", 0, err
	}
	if _, err := p.send.Send(ctx, p.game, data, nil); err != nil {
		return "", 0, fmt.Errorf("result %d: sending %s: %w", c.ResultID, m.Name(), err)
	}
	return m.Name(), 0, nil
}

// open sends o with the challenger bond and returns the new game's id.
func (p *Player) open(ctx context.Context, o fraudproof.Open) (uint64, error) {
	out, err := p.call(ctx, p.game, p.dg.PackChallengerBond())
	if err != nil {
		return 0, fmt.Errorf("reading the challenger bond: %w", err)
	}
	bond, err := p.dg.UnpackChallengerBond(out)
	if err != nil {
		return 0, fmt.Errorf("decoding the challenger bond: %w", err)
	}
	data, err := gameabi.Calldata(o)
	if err != nil {
		return 0, err
	}
	r, err := p.send.Send(ctx, p.game, data, bond)
	if err != nil {
		return 0, fmt.Errorf("result %d: opening a game: %w", o.ResultID, err)
	}
	for _, l := range r.Logs {
		if ev, err := p.dg.UnpackGameOpenedEvent(l); err == nil {
			return ev.GameId.Uint64(), nil
		}
	}
	return 0, fmt.Errorf("result %d: open mined without a GameOpened event", o.ResultID)
}
