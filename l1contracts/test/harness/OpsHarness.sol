// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {CruxOps} from "../../src/lib/CruxOps.sol";

/// Exposes CruxOps's internal functions with calldata arguments.
contract OpsHarness {
    function parseOp(bytes calldata record) external pure returns (CruxOps.Op memory) {
        return CruxOps.parseOp(record);
    }

    function int8At(bytes calldata data, uint256 i) external pure returns (int8) {
        return CruxOps.int8At(data, i);
    }

    function int32At(bytes calldata data, uint256 i) external pure returns (int32) {
        return CruxOps.int32At(data, i);
    }

    function elementAt(bytes calldata data, uint8 dtype, uint256 i) external pure returns (int32) {
        return CruxOps.elementAt(data, dtype, i);
    }

    function int32ToLE(int32 v) external pure returns (bytes4) {
        return CruxOps.int32ToLE(v);
    }

    function dot(bytes calldata x, bytes calldata y) external pure returns (int32) {
        return CruxOps.dotInt8(x, y);
    }

    function dotMem(bytes memory x, bytes memory y) external pure returns (int32) {
        return CruxOps.dotInt8Mem(x, y);
    }

    /// dotInt8 on calldata, with the gas the library call took.
    function dotGas(bytes calldata x, bytes calldata y) external view returns (int32 r, uint256 gasUsed) {
        uint256 g = gasleft();
        r = CruxOps.dotInt8(x, y);
        gasUsed = g - gasleft();
    }

    function dotMemGas(bytes memory x, bytes memory y) external view returns (int32 r, uint256 gasUsed) {
        uint256 g = gasleft();
        r = CruxOps.dotInt8Mem(x, y);
        gasUsed = g - gasleft();
    }

    /// For comparison: the straightforward loop, one byte at a time with
    /// sign extension, in assembly (the cheapest form of the obvious algorithm).
    function dotBytewiseGas(bytes calldata x, bytes calldata y) external view returns (int32 r, uint256 gasUsed) {
        uint256 g = gasleft();
        assembly ("memory-safe") {
            let s := 0
            let n := x.length
            let xo := x.offset
            let yo := y.offset
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                s := add(
                    s,
                    mul(
                        signextend(0, byte(0, calldataload(add(xo, i)))),
                        signextend(0, byte(0, calldataload(add(yo, i))))
                    )
                )
            }
            r := signextend(3, s)
        }
        gasUsed = g - gasleft();
    }

    function matmulRows(uint256 outFlat, uint256 n, uint256 k) external pure returns (uint256, uint256) {
        return CruxOps.matmulRows(outFlat, n, k);
    }

    function add32(int32 a, int32 b) external pure returns (int32) {
        return CruxOps.add32(a, b);
    }

    function addElem(bytes calldata x, uint256 xi, bytes calldata y, uint256 yi) external pure returns (int32) {
        return CruxOps.addElem(x, xi, y, yi);
    }

    function addYIndex(uint256 outFlat, uint256 yElems) external pure returns (uint256) {
        return CruxOps.addYIndex(outFlat, yElems);
    }

    function requant(int32 v, int32 m, int32 shift, int32 zp, int32 mn, int32 mx) external pure returns (int8) {
        return CruxOps.requant(v, m, shift, zp, mn, mx);
    }

    function requantElem(bytes calldata x, uint256 i, int32[14] memory params) external pure returns (int8) {
        return CruxOps.requantElem(x, i, params);
    }

    function relu8(int8 v) external pure returns (int8) {
        return CruxOps.relu8(v);
    }

    function relu32(int32 v) external pure returns (int32) {
        return CruxOps.relu32(v);
    }

    function reluElem(bytes calldata x, uint8 dtype, uint256 i) external pure returns (int32) {
        return CruxOps.reluElem(x, dtype, i);
    }

    function lut(bytes calldata table, int8 v) external pure returns (int8) {
        return CruxOps.lut(table, v);
    }

    function lutElem(bytes calldata x, uint256 i, bytes calldata table) external pure returns (int8) {
        return CruxOps.lutElem(x, i, table);
    }

    function argmaxElem(bytes calldata row, uint8 dtype) external pure returns (int32) {
        return CruxOps.argmaxElem(row, dtype);
    }

    function argmaxGas(bytes calldata row, uint8 dtype) external view returns (int32 r, uint256 gasUsed) {
        uint256 g = gasleft();
        r = CruxOps.argmaxElem(row, dtype);
        gasUsed = g - gasleft();
    }

    function transposeSource(uint256 outFlat, uint256 rank, uint32[4] memory xDims, int32[14] memory params)
        external
        pure
        returns (uint256)
    {
        return CruxOps.transposeSource(outFlat, rank, xDims, params);
    }

    function transposeShape(uint256 rank, uint32[4] memory xDims, int32[14] memory params)
        external
        pure
        returns (uint32[4] memory)
    {
        return CruxOps.transposeShape(rank, xDims, params);
    }

    function sliceSource(
        uint256 outFlat,
        uint256 rank,
        uint32[4] memory outDims,
        uint32[4] memory xDims,
        int32[14] memory params
    ) external pure returns (uint256) {
        return CruxOps.sliceSource(outFlat, rank, outDims, xDims, params);
    }

    function concatSource(
        uint256 outFlat,
        uint256 rank,
        uint32[4] memory xDims,
        uint32[4] memory yDims,
        int32[14] memory params
    ) external pure returns (bool, uint256) {
        return CruxOps.concatSource(outFlat, rank, xDims, yDims, params);
    }

    function unravel(uint256 flat, uint256 rank, uint32[4] memory dims) external pure returns (uint256[4] memory) {
        return CruxOps.unravel(flat, rank, dims);
    }

    function ravel(uint256[4] memory idx, uint256 rank, uint32[4] memory dims) external pure returns (uint256) {
        return CruxOps.ravel(idx, rank, dims);
    }

    function elemCount(uint256 rank, uint32[4] memory dims) external pure returns (uint256) {
        return CruxOps.elemCount(rank, dims);
    }
}
