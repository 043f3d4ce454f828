// Package l2 is the deterministic state transition of the crux L2
// (docs/l2.md): accounts and credit transfers, the native JobMarket and
// Bridge modules, fees, system transactions derived from L1 events, block
// building and verification, the withdrawals tree and output roots. The
// sequencer service, the replica and the job tooling share it.
//
// It is a pure core: no clocks (block time comes in the header), no network,
// no goroutines besides bounded parallel signature recovery; the only I/O is
// the go-ethereum StateDB it is handed (core/state over triedb over an
// ethdb: rawdb.NewMemoryDatabase in tests, pebble in the service; see
// StateStore).
//
// # Using it
//
//	p, err := l2.New(cfg)                          // cfg: l2.DefaultConfig(l1) adjusted; consensus rules
//	genesis, err := p.Genesis(st, l2.Genesis{...}) // block 0 into an empty state
//
// Sequencer, per block:
//
//	b, err := p.NewBuilder(st, parent, l2.BlockEnv{Time, Coinbase, L1Origin})
//	for each L1 block after the parent's origin up to L1Origin:
//	    txs, err := p.DeriveSystemTxs(l1Block, logs) // logs per p.L1LogFilter()
//	    for _, tx := range txs { b.AddTx(tx) }     // an error: bad derivation, stop
//	for each mempool tx: b.AddTx(tx)               // an error: drop tx, state unchanged
//	block, receipts := b.Finish()                  // roots, bloom, block hash in receipts
//	root, err := store.Commit(st, number)
//
// Mempool admission: p.ValidateTx(state, tx) (errors.Is against the Err*
// values; ErrNonceTooHigh means a nonce gap). Replica: p.VerifyBlock(ctx,
// st, parent, block). eth_call and eth_estimateGas: p.Call and
// p.EstimateGas. Withdrawals: ProveWithdrawal, WithdrawalsRoot, OutputRoot.
//
// # Blocks
//
// A block's Extra is its L1 origin (L1Origin.Extra: number ‖ hash ‖ time).
// Its transactions are the block-start system transaction (which closes due
// auctions, expires executors and records the origin), the system
// transactions derived from L1 events in L1 order, then user transactions.
// Gas used per transaction is the fixed schedule of fees.go; system
// transactions use none and pay nothing.
//
// # Modules
//
// JobMarket (JobMarketAddress) and Bridge (BridgeAddress) are Go code behind
// Solidity ABIs (l1contracts/src/l2, embedded from abi/). Their storage
// follows Solidity's layout rules (storage.go, jobmarket.go,
// withdrawals.go), so eth_getProof proves it. A failing module call reverts
// with the ABI's custom errors (RevertError): the transaction is included
// with status 0 and pays its gas.
package l2
