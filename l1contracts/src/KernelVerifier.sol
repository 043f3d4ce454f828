// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {CruxMerkle} from "./lib/CruxMerkle.sol";
import {CruxOps} from "./lib/CruxOps.sol";
import {InputWitness, ChunkWitness, SlotWitness} from "./CruxTypes.sol";
import {ICruxErrors} from "./interfaces/ICruxErrors.sol";
import {IKernelVerifier} from "./interfaces/IKernelVerifier.sol";

/// @title KernelVerifier
/// @notice Recomputes one output element of any crux op from witnesses, bit for
/// bit as docs/compute.md section 2 (the Go interpreter in compute/ is the
/// reference).
///
/// Witnesses (docs/dispute.md section 7): for each operand k of the op (slot
/// record.in_k), its slot witness under the state root S_i (dtype, rank, dims,
/// data root and slot-table siblings, depth ceil(log2 nSlots)) and exactly the
/// chunks holding the elements the op reads for this output element, in
/// ascending order, each with its chunk-tree siblings under the slot's data root:
///
///   matmul     x: row m (K bytes), y: row n (K bytes), m = e / N, n = e % N
///   add        x: element e; y: element e % elems(y) (same shape or bias row)
///   requant, relu, reshape   x: element e
///   lut        x: element e; y (the [256] table): element x[e] + 128 (chunk 0)
///   argmax     x: row e (the last axis, elems(last) elements)
///   transpose, slice         x: the source element
///   concat     the operand holding the source element: that element; the
///              other operand: no chunks
///
/// A tensor's dtype and shape are read from its slot witness (proven under
/// S_i), never from the slot table. The output's dtype and shape come from the
/// caller (DisputeGame takes them from the output slot's S_i witness).
/// Element e beyond the output tensor is padding: its value is 0.
contract KernelVerifier is ICruxErrors, IKernelVerifier {
    /// @notice Largest matmul K and argmax row length (compute.md MaxReduce).
    uint256 public constant MAX_REDUCE = 8192;

    uint256 private constant CHUNK_SIZE = 1024;
    uint8 private constant INT8 = 1;
    uint8 private constant INT32 = 2;

    /// A tensor type with its derived sizes.
    struct TType {
        uint8 dtype;
        uint8 rank;
        uint32[4] dims;
        uint256 es; // element size
        uint256 nElems;
        uint256 nBytes;
    }

    /// @notice The true value of flat element `e` of op `record`'s output, computed
    /// from operands proven under `stateRoot` (S_i). Reverts with a custom error
    /// naming the bad witness (BadSlotWitness, BadChunkCount, BadChunkWitness) or
    /// the bad type (BadOperandType, OutputTypeMismatch, BadOutputType,
    /// WrongInputCount, UnknownOpcode, and the CruxOps parameter errors).
    /// @param stateRoot S_i, the state the op reads.
    /// @param nSlots The program's slot count (from the program header).
    /// @param record The 64-byte op record.
    /// @param outDtype The output slot's dtype.
    /// @param outRank The output slot's rank.
    /// @param outDims The output slot's dims (0 beyond the rank).
    /// @param e The flat (row-major) element index; e >= elements gives 0.
    /// @param inputs One witness per operand (1 for unary ops, 2 for binary).
    /// @return The element's value (int8 or int32, sign-extended).
    function element(
        bytes32 stateRoot,
        uint256 nSlots,
        bytes calldata record,
        uint8 outDtype,
        uint8 outRank,
        uint32[4] calldata outDims,
        uint256 e,
        InputWitness[] calldata inputs
    ) external pure returns (int256) {
        CruxOps.Op memory op = CruxOps.parseOp(record);
        TType memory out = _outType(op, outDtype, outRank, outDims, inputs.length);
        if (e >= out.nElems) return 0;
        return _element(stateRoot, nSlots, op, out, e, inputs);
    }

    /// Checks the opcode, the operand count and the output type.
    function _outType(CruxOps.Op memory op, uint8 dtype, uint8 rank, uint32[4] memory dims, uint256 nInputs)
        private
        pure
        returns (TType memory out)
    {
        uint256 arity = _arity(op.opcode);
        if (arity == 0) revert UnknownOpcode(op.opcode);
        if (nInputs != arity) revert WrongInputCount(arity, nInputs);
        bool ok;
        (ok, out) = _typeOf(dtype, rank, dims);
        if (!ok) revert BadOutputType();
    }

    function _element(
        bytes32 stateRoot,
        uint256 nSlots,
        CruxOps.Op memory op,
        TType memory out,
        uint256 e,
        InputWitness[] calldata inputs
    ) private pure returns (int256) {
        TType memory x = _operand(stateRoot, nSlots, op.in0, inputs[0], 0);
        TType memory y;
        if (inputs.length == 2) y = _operand(stateRoot, nSlots, op.in1, inputs[1], 1);
        return _compute(op, out, x, y, e, inputs);
    }

    // ------------------------------------------------------------------
    // Ops
    // ------------------------------------------------------------------

    function _compute(
        CruxOps.Op memory op,
        TType memory out,
        TType memory x,
        TType memory y,
        uint256 e,
        InputWitness[] calldata inputs
    ) private pure returns (int256) {
        uint8 code = op.opcode;
        if (code == CruxOps.OP_MATMUL) return _matmul(out, x, y, e, inputs);
        if (code == CruxOps.OP_ADD) {
            if (x.dtype != INT32) revert BadOperandType(0);
            bool bias = y.rank == 1 && x.rank >= 1 && y.dims[0] == x.dims[x.rank - 1];
            if (y.dtype != INT32 || !(bias || _sameShape(x, y))) revert BadOperandType(1);
            _requireOut(out, INT32, x);
            int256 a = _readOne(inputs[0], 0, x, e);
            int256 b = _readOne(inputs[1], 1, y, e % y.nElems);
            return CruxOps.add32(int32(a), int32(b));
        }
        if (code == CruxOps.OP_REQUANT) {
            if (x.dtype != INT32) revert BadOperandType(0);
            _requireOut(out, INT8, x);
            return CruxOps.requant(int32(_readOne(inputs[0], 0, x, e)), op.params);
        }
        if (code == CruxOps.OP_RELU) {
            _requireOut(out, x.dtype, x);
            int256 v = _readOne(inputs[0], 0, x, e);
            return v > 0 ? v : int256(0);
        }
        if (code == CruxOps.OP_LUT) {
            if (x.dtype != INT8) revert BadOperandType(0);
            if (y.dtype != INT8 || y.rank != 1 || y.dims[0] != 256) revert BadOperandType(1);
            _requireOut(out, INT8, x);
            int256 v = _readOne(inputs[0], 0, x, e);
            return _readOne(inputs[1], 1, y, uint256(v + 128));
        }
        if (code == CruxOps.OP_ARGMAX) return _argmax(out, x, e, inputs);
        if (code == CruxOps.OP_RESHAPE) {
            if (out.dtype != x.dtype || out.nElems != x.nElems) revert OutputTypeMismatch();
            return _readOne(inputs[0], 0, x, e);
        }
        if (code == CruxOps.OP_TRANSPOSE) return _transpose(op, out, x, e, inputs);
        if (code == CruxOps.OP_SLICE) return _slice(op, out, x, e, inputs);
        // CruxOps.OP_CONCAT (the only opcode left with a non-zero arity)
        return _concat(op, out, x, y, e, inputs);
    }

    /// out[m][n] = sum_k x[m][k] * y[n][k], wrapping int32.
    function _matmul(TType memory out, TType memory x, TType memory y, uint256 e, InputWitness[] calldata inputs)
        private
        pure
        returns (int256)
    {
        if (x.dtype != INT8 || x.rank != 2 || x.dims[1] > MAX_REDUCE) revert BadOperandType(0);
        uint256 k = x.dims[1];
        if (y.dtype != INT8 || y.rank != 2 || y.dims[1] != k) revert BadOperandType(1);
        if (out.dtype != INT32 || out.rank != 2 || out.dims[0] != x.dims[0] || out.dims[1] != y.dims[0]) {
            revert OutputTypeMismatch();
        }
        uint256 n = y.dims[0];
        // forge-lint: disable-next-line(divide-before-multiply)
        bytes memory xRow = _gather(inputs[0], 0, x, (e / n) * k, k); // row m = e / N, intended to truncate
        bytes memory yRow = _gather(inputs[1], 1, y, (e % n) * k, k);
        return CruxOps.dotInt8Mem(xRow, yRow);
    }

    /// Index of the first maximum of row e along the last axis.
    function _argmax(TType memory out, TType memory x, uint256 e, InputWitness[] calldata inputs)
        private
        pure
        returns (int256)
    {
        if (x.rank < 1) revert BadOperandType(0);
        uint256 last = x.dims[x.rank - 1];
        if (last > MAX_REDUCE) revert BadOperandType(0);
        if (out.dtype != INT32 || uint256(out.rank) + 1 != x.rank) revert OutputTypeMismatch();
        for (uint256 k; k < out.rank; ++k) {
            if (out.dims[k] != x.dims[k]) revert OutputTypeMismatch();
        }
        bytes memory row = _gather(inputs[0], 0, x, e * last * x.es, last * x.es);
        return CruxOps.argmaxElemMem(row, x.dtype);
    }

    /// out[i] = x[j] with j[perm[k]] = i[k].
    function _transpose(
        CruxOps.Op memory op,
        TType memory out,
        TType memory x,
        uint256 e,
        InputWitness[] calldata inputs
    ) private pure returns (int256) {
        if (x.rank < 2) revert BadOperandType(0);
        if (out.dtype != x.dtype || out.rank != x.rank) revert OutputTypeMismatch();
        if (!_dimsEqual(CruxOps.transposeShape(x.rank, x.dims, op.params), out.dims)) revert OutputTypeMismatch();
        uint256 src = CruxOps.transposeSource(e, x.rank, x.dims, op.params);
        return _readOne(inputs[0], 0, x, src);
    }

    /// out[i] = x[i + start], the output's shape giving the extent.
    function _slice(CruxOps.Op memory op, TType memory out, TType memory x, uint256 e, InputWitness[] calldata inputs)
        private
        pure
        returns (int256)
    {
        if (x.rank < 1) revert BadOperandType(0);
        if (out.dtype != x.dtype || out.rank != x.rank) revert OutputTypeMismatch();
        uint256 src = CruxOps.sliceSource(e, x.rank, out.dims, x.dims, op.params);
        return _readOne(inputs[0], 0, x, src);
    }

    /// x's elements then y's along the axis; the operand not read has no chunks.
    function _concat(
        CruxOps.Op memory op,
        TType memory out,
        TType memory x,
        TType memory y,
        uint256 e,
        InputWitness[] calldata inputs
    ) private pure returns (int256) {
        if (x.rank < 1) revert BadOperandType(0);
        if (y.dtype != x.dtype || y.rank != x.rank) revert BadOperandType(1);
        // concatSource checks the axis and that the other dims agree.
        (bool fromY, uint256 src) = CruxOps.concatSource(e, x.rank, x.dims, y.dims, op.params);
        uint256 axis = uint32(op.params[0]);
        if (out.dtype != x.dtype || out.rank != x.rank) revert OutputTypeMismatch();
        for (uint256 k; k < x.rank; ++k) {
            uint256 want = k == axis ? uint256(x.dims[k]) + y.dims[k] : x.dims[k];
            if (out.dims[k] != want) revert OutputTypeMismatch();
        }
        if (fromY) {
            if (inputs[0].chunks.length != 0) revert BadChunkCount(0, 0, inputs[0].chunks.length);
            return _readOne(inputs[1], 1, y, src);
        }
        if (inputs[1].chunks.length != 0) revert BadChunkCount(1, 0, inputs[1].chunks.length);
        return _readOne(inputs[0], 0, x, src);
    }

    // ------------------------------------------------------------------
    // Witnesses
    // ------------------------------------------------------------------

    /// Operand k's type, after checking its slot witness under S_i.
    function _operand(bytes32 stateRoot, uint256 nSlots, uint256 slot, InputWitness calldata w, uint256 k)
        private
        pure
        returns (TType memory t)
    {
        SlotWitness calldata s = w.slot;
        uint32[4] memory dims = s.dims;
        bool ok;
        (ok, t) = _typeOf(s.dtype, s.rank, dims);
        if (!ok) revert BadSlotWitness(k);
        bytes32 root = CruxMerkle.slotRoot(s.dtype, s.rank, dims, s.dataRoot);
        if (!CruxMerkle.verifySlot(stateRoot, nSlots, slot, root, s.siblings)) revert BadSlotWitness(k);
    }

    /// Checks that operand k carries exactly the chunks holding bytes
    /// [firstByte, lastByte] of its tensor, ascending, each proven under the
    /// slot's data root. Returns the first chunk's index.
    function _checkChunks(InputWitness calldata w, uint256 k, TType memory t, uint256 firstByte, uint256 lastByte)
        private
        pure
        returns (uint256 first)
    {
        first = firstByte / CHUNK_SIZE;
        uint256 count = lastByte / CHUNK_SIZE - first + 1;
        ChunkWitness[] calldata cs = w.chunks;
        if (cs.length != count) revert BadChunkCount(k, count, cs.length);
        uint256 depth = CruxMerkle.ceilLog2(CruxMerkle.chunkCount(t.nBytes));
        bytes32 dataRoot = w.slot.dataRoot;
        for (uint256 p; p < count; ++p) {
            ChunkWitness calldata c = cs[p];
            if (
                c.index != first + p || c.data.length != CHUNK_SIZE || c.siblings.length != depth
                    || CruxMerkle.computeRoot(CruxMerkle.chunkLeaf(c.data), c.index, c.siblings) != dataRoot
            ) revert BadChunkWitness(k, p);
        }
    }

    /// Element `flat` of operand k (one chunk).
    function _readOne(InputWitness calldata w, uint256 k, TType memory t, uint256 flat)
        private
        pure
        returns (int256)
    {
        uint256 off = flat * t.es;
        _checkChunks(w, k, t, off, off + t.es - 1);
        bytes calldata data = w.chunks[0].data;
        return CruxOps.elementAt(data, t.dtype, (off % CHUNK_SIZE) / t.es);
    }

    /// Bytes [start, start + len) of operand k (len >= 1), copied from its
    /// chunks into memory.
    function _gather(InputWitness calldata w, uint256 k, TType memory t, uint256 start, uint256 len)
        private
        pure
        returns (bytes memory buf)
    {
        uint256 first = _checkChunks(w, k, t, start, start + len - 1);
        buf = new bytes(len);
        uint256 end = start + len;
        ChunkWitness[] calldata cs = w.chunks;
        for (uint256 p; p < cs.length; ++p) {
            uint256 cStart = (first + p) * CHUNK_SIZE;
            uint256 from = start > cStart ? start : cStart;
            uint256 to = end < cStart + CHUNK_SIZE ? end : cStart + CHUNK_SIZE;
            bytes calldata d = cs[p].data;
            assembly ("memory-safe") {
                calldatacopy(add(add(buf, 32), sub(from, start)), add(d.offset, sub(from, cStart)), sub(to, from))
            }
        }
    }

    // ------------------------------------------------------------------
    // Types
    // ------------------------------------------------------------------

    function _arity(uint8 code) private pure returns (uint256) {
        if (code == CruxOps.OP_MATMUL || code == CruxOps.OP_ADD || code == CruxOps.OP_LUT || code == CruxOps.OP_CONCAT) {
            return 2;
        }
        if (code >= CruxOps.OP_REQUANT && code <= CruxOps.OP_SLICE) return 1;
        return 0;
    }

    function _typeOf(uint8 dtype, uint8 rank, uint32[4] memory dims) private pure returns (bool ok, TType memory t) {
        uint256 nBytes;
        (ok, nBytes) = CruxMerkle.tensorBytes(dtype, rank, dims);
        if (!ok) return (false, t);
        t.dtype = dtype;
        t.rank = rank;
        t.dims = dims;
        t.es = CruxMerkle.elementSize(dtype);
        t.nBytes = nBytes;
        t.nElems = nBytes / t.es;
    }

    function _sameShape(TType memory a, TType memory b) private pure returns (bool) {
        return a.rank == b.rank && _dimsEqual(a.dims, b.dims);
    }

    function _dimsEqual(uint32[4] memory a, uint32[4] memory b) private pure returns (bool) {
        return a[0] == b[0] && a[1] == b[1] && a[2] == b[2] && a[3] == b[3];
    }

    /// The output must have dtype `dtype` and x's shape.
    function _requireOut(TType memory out, uint8 dtype, TType memory x) private pure {
        if (out.dtype != dtype || !_sameShape(out, x)) revert OutputTypeMismatch();
    }
}
