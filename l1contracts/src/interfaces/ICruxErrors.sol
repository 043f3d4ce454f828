// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title ICruxErrors
/// @notice Every custom error the crux L1 contracts revert with. Each contract
/// inherits this interface, so each contract's ABI lists all of them and a Go
/// binding of any one contract can decode a revert that bubbled up from another
/// (DisputeGame forwards reverts of ResultRegistry, ProviderRegistry and
/// KernelVerifier). Errors of the libraries CruxMerkle and CruxOps are repeated
/// here with the same signatures (so the same selectors).
interface ICruxErrors {
    // ---- shared ----
    /// A zero address was given where a contract or account is required.
    error ZeroAddress();
    /// An ETH transfer failed.
    error TransferFailed();
    /// Only the DisputeGame contract may call this.
    error NotDisputeGame(address caller);
    /// The DisputeGame address can be set only once.
    error DisputeGameAlreadySet();
    /// The contract is not wired to a DisputeGame yet.
    error DisputeGameNotSet();
    /// A constructor or setup parameter is out of range (name says which).
    error BadParameter(string name);
    /// unbondingDelay must exceed challengeWindow + 2 * clockDuration.
    error UnbondingDelayTooShort(uint256 unbondingDelay, uint256 required);

    // ---- ProviderRegistry ----
    /// bond() needs a non-zero value.
    error ZeroValue();
    /// The provider has requested unbonding: it cannot bond more or post.
    error ProviderUnbonding(address provider);
    /// withdrawStake before requestUnbond.
    error NotUnbonding(address provider);
    /// withdrawStake before the unbonding delay has passed.
    error UnbondingNotElapsed(uint256 withdrawableAt);
    /// The provider has no stake.
    error NoStake(address provider);
    /// The account is not a provider that may post results (stake >= minStake,
    /// not unbonding).
    error CannotPost(address account);
    /// A node string is longer than MAX_STRING_BYTES.
    error StringTooLong(uint256 length, uint256 max);

    // ---- ResultRegistry ----
    /// No commitment has this id.
    error UnknownResult(uint256 resultId);
    /// steps must be in [1, MaxOps].
    error BadSteps(uint64 steps);
    /// The commitment is not pending (already finalized or rejected).
    error NotPending(uint256 resultId, uint8 status);
    /// The challenge window has closed (open, direct proof).
    error WindowClosed(uint256 resultId, uint256 deadline);
    /// The challenge window is still open (finalize).
    error WindowOpen(uint256 resultId, uint256 deadline);
    /// Games against the commitment are still open (finalize).
    error GamesOpen(uint256 resultId, uint256 openGames);

    // ---- DisputeGame ----
    /// open must carry exactly challengerBond.
    error WrongBond(uint256 want, uint256 got);
    /// open's claim equals the commitment's final state: nothing to dispute.
    error ClaimMatchesFinalState();
    /// A dissection has the wrong number of roots.
    error BadDissectionLength(uint256 want, uint256 got);
    /// `theirs` does not hash to the stored dissection.
    error DissectionMismatch();
    /// No game has this id.
    error UnknownGame(uint256 gameId);
    /// The move is not allowed in the game's current phase.
    error WrongPhase(uint256 gameId, uint8 phase);
    /// The caller is not the side to move (`expected` is).
    error NotYourTurn(address expected);
    /// The mover's clock has run out: only timeout() can end the game now.
    error ClockExpired(uint256 gameId);
    /// The side to move still has time on its clock.
    error ClockRunning(uint256 gameId, uint256 secondsLeft);
    /// A choice index (t, j, element) is out of range: it must be below `limit`
    /// (t: in 1..limit).
    error BadIndex(uint256 index, uint256 limit);
    /// The two sides' roots at the chosen point agree.
    error RootsAgree();
    /// The op proof does not verify against the program root at index i.
    error BadOpProof();
    /// A program header is not 16 bytes.
    error BadHeader();
    /// The S_i witness of the output slot does not verify.
    error BadOutSlotWitness();
    /// The mover's S_{i+1} is not S_i with only the output slot replaced.
    error StateMismatch();
    /// Published descendants have the wrong count or do not hash to the node.
    error BadDescendants();
    /// A sibling list has the wrong length (want m).
    error BadSiblings(uint256 want);
    /// The opponent's child value does not verify against its node value.
    error BadTheirProof();
    /// The mover's child value does not verify against its node value.
    error BadMyProof();
    /// The two sides' child values agree.
    error ValuesAgree();
    /// The chunk index lies beyond the tensor: use resolveLeaf.
    error LeafBeyondTensor(uint256 index, uint256 nChunks);
    /// resolveLeaf on a chunk inside the tensor.
    error LeafWithinTensor(uint256 index, uint256 nChunks);
    /// The chunk does not hash to the executor's leaf.
    error ChunkMismatch();
    /// The op record does not hash to the one proven in the write phase.
    error RecordMismatch();
    /// Header, slot table hash, outputs hash and ops root do not hash to the
    /// commitment's program root.
    error ProgramRootMismatch();
    /// proveStepCount: the header's nOps equals the committed steps.
    error StepCountMatches();
    /// proveOutputRoot: the outputs list is empty, odd, too long, or does not
    /// match the number of slot proofs.
    error BadOutputs();
    /// proveOutputRoot: slot proof k does not verify under the final state.
    error BadSlotProof(uint256 k);
    /// proveOutputRoot: the recomputed output root equals the committed one.
    error OutputRootMatches();
    /// withdrawPayout with nothing owed.
    error NothingToWithdraw();
    /// Only ProviderRegistry (slashing) may send ETH to DisputeGame directly.
    error UnexpectedEther();

    // ---- KernelVerifier ----
    /// The op record's opcode is not one of 1..10.
    error UnknownOpcode(uint8 opcode);
    /// inputs has the wrong number of operands for the op.
    error WrongInputCount(uint256 want, uint256 got);
    /// The output dtype/shape is not a valid tensor type.
    error BadOutputType();
    /// Operand k's slot witness is malformed or does not verify under S_i.
    error BadSlotWitness(uint256 operand);
    /// Operand k carries the wrong number of chunks (want: the chunks holding the
    /// elements the op reads).
    error BadChunkCount(uint256 operand, uint256 want, uint256 got);
    /// Chunk `position` of operand k has the wrong index, length or proof.
    error BadChunkWitness(uint256 operand, uint256 position);
    /// Operand k has a dtype or shape the op cannot read.
    error BadOperandType(uint256 operand);
    /// The output dtype/shape is not what the op produces from its operands.
    error OutputTypeMismatch();

    // ---- CruxMerkle / CruxOps (same signatures as in the libraries) ----
    error BadLength(uint256 want, uint256 got);
    error LengthMismatch(uint256 xLen, uint256 yLen);
    error IndexOutOfRange(uint256 index, uint256 limit);
    error NonCanonicalOp();
    error BadDType(uint8 dtype);
    error BadShape();
    error BadRequantParams();
    error BadPerm();
    error BadSliceStart();
    error BadConcat();
    error EmptyRow();
}
