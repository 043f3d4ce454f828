// Package mempool holds the crux sequencer's pending user transactions:
// validated against the head state (l2.Processor.ValidateTx through a
// pending-state view), ordered by nonce per sender and by tip across
// senders, bounded globally and per sender, with Ethereum's replacement rule
// (a higher fee cap and tip by a configurable bump) and typed rejections.
//
// The pool is one mutex-guarded structure; it does no I/O and starts no
// goroutines. The sequencer writes every admitted transaction to its
// write-ahead log and then calls MarkDurable: only durable transactions are
// offered to the block builder (Executable), so a transaction is never
// included before its acknowledgement is safe on disk. Every call that
// removes transactions returns them, with their durability, so that the
// caller can release their log records.
//
// Rejections wrap the l2.Err* values of ValidateTx (nonce too low,
// insufficient funds, wrong chain id, bad signature, oversized, underpriced,
// ...) or this package's errors (ErrAlreadyKnown, ErrReplaceUnderpriced,
// ErrNonceGap, ErrSenderFull, ErrPoolFull, ErrTipTooLow); test them with
// errors.Is.
package mempool
