// Package batch is the crux L2's data-availability format (docs/l2.md
// section 5): how the sequencer's L2 blocks travel to L1 so that a replica
// can rebuild the chain from L1 alone.
//
// Three layers:
//
//   - A Batch is a run of consecutive L2 blocks: for each block its number,
//     time, L1 origin number and coinbase, and its user transactions. System
//     transactions are not carried: replicas derive them from L1 logs
//     (l2.Processor.DeriveSystemTxs), and the L1 origin's hash and time come
//     from the L1 block itself.
//   - A channel is a batch encoded (Encode): the version byte ChannelVersion
//     then a DEFLATE stream of the payload. The payload stores the blocks'
//     fields and the transactions column by column (all flags, all nonces,
//     ..., all recipients, all signatures) so that the compressor finds the
//     repetition; a transaction is rebuilt from its fields and the chain id
//     (which is not stored), and keeps its hash. A simple transfer costs
//     about 88 bytes compressed, most of it its signature (64) and recipient
//     (20), which do not compress (see BenchmarkTransferBytes).
//   - A frame is one L1 transaction's calldata to the BatchInbox: a piece of
//     a channel (Split), so that a block bigger than one L1 transaction still
//     fits. Frames name their channel by the first 16 bytes of the channel's
//     keccak256, which the Assembler checks once all frames are in.
//
// Decoding is strict: one encoding per batch (the decoder re-encodes what it
// read and requires the same bytes), bounded sizes and counts before any
// allocation, every error a clear message and never a panic (FuzzDecode).
package batch
