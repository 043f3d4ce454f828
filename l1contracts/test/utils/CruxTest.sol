// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// The few forge cheatcodes these tests use (the interface forge serves at the
/// well-known cheatcode address). Written here so that the tests need nothing
/// beyond the npm packages.
interface Vm {
    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    /// Gas of the last call (forge's five-field struct). With isolation on
    /// (`isolate = true`), each top-level call is its own transaction and
    /// gasTotalUsed is its receipt gas: intrinsic and calldata cost included,
    /// refunds deducted.
    struct Gas {
        uint64 gasLimit;
        uint64 gasTotalUsed;
        uint64 gasMemoryUsed;
        int64 gasRefunded;
        uint64 gasRemaining;
    }

    function lastCallGas() external view returns (Gas memory);
    function prank(address sender) external;
    function startPrank(address sender) external;
    function stopPrank() external;
    function deal(address who, uint256 newBalance) external;
    function warp(uint256 newTimestamp) external;
    function label(address who, string calldata name) external;
    function cool(address target) external;
    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory);
    function expectEmit() external;
    function expectEmit(address emitter) external;
    function expectRevert() external;
    function expectRevert(bytes4 selector) external;
    function expectRevert(bytes calldata revertData) external;
    function assume(bool condition) external pure;
    function toString(uint256 value) external pure returns (string memory);
    function toString(int256 value) external pure returns (string memory);
    function toString(bytes32 value) external pure returns (string memory);
}

/// Minimal test base: assertions that revert with a readable message, bound(),
/// and console logging (forge prints calls to the console address under -vv).
abstract contract CruxTest {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    address internal constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    function log(string memory s) internal view {
        _console(abi.encodeWithSignature("log(string)", s));
    }

    function log(string memory s, uint256 v) internal view {
        _console(abi.encodeWithSignature("log(string,uint256)", s, v));
    }

    function _console(bytes memory payload) private view {
        (bool ok,) = CONSOLE.staticcall(payload);
        ok;
    }

    function fail(string memory why) internal pure {
        revert(why);
    }

    function assertTrue(bool c, string memory what) internal pure {
        if (!c) fail(string.concat(what, ": expected true"));
    }

    function assertFalse(bool c, string memory what) internal pure {
        if (c) fail(string.concat(what, ": expected false"));
    }

    function assertEq(uint256 a, uint256 b, string memory what) internal pure {
        if (a != b) fail(string.concat(what, ": ", vm.toString(a), " != ", vm.toString(b)));
    }

    function assertEq(int256 a, int256 b, string memory what) internal pure {
        if (a != b) fail(string.concat(what, ": ", vm.toString(a), " != ", vm.toString(b)));
    }

    function assertEq(bytes32 a, bytes32 b, string memory what) internal pure {
        if (a != b) fail(string.concat(what, ": ", vm.toString(a), " != ", vm.toString(b)));
    }

    function assertEq(address a, address b, string memory what) internal pure {
        if (a != b) fail(string.concat(what, ": addresses differ"));
    }

    function assertEq(bool a, bool b, string memory what) internal pure {
        if (a != b) fail(string.concat(what, ": bools differ"));
    }

    function assertEq(bytes memory a, bytes memory b, string memory what) internal pure {
        if (keccak256(a) != keccak256(b)) fail(string.concat(what, ": bytes differ"));
    }

    function assertLe(uint256 a, uint256 b, string memory what) internal pure {
        if (a > b) fail(string.concat(what, ": ", vm.toString(a), " > ", vm.toString(b)));
    }

    function assertGt(uint256 a, uint256 b, string memory what) internal pure {
        if (a <= b) fail(string.concat(what, ": ", vm.toString(a), " <= ", vm.toString(b)));
    }

    function assertLt(uint256 a, uint256 b, string memory what) internal pure {
        if (a >= b) fail(string.concat(what, ": ", vm.toString(a), " >= ", vm.toString(b)));
    }

    /// x mapped into [lo, hi] (uniform enough for fuzzing).
    function bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        require(lo <= hi, "bound: lo > hi");
        if (lo == 0 && hi == type(uint256).max) return x;
        return lo + x % (hi - lo + 1);
    }

    function boundInt(int256 x, int256 lo, int256 hi) internal pure returns (int256) {
        require(lo <= hi, "boundInt: lo > hi");
        uint256 span = uint256(hi - lo) + 1;
        return lo + int256(uint256(x) % span);
    }

    /// n pseudo-random bytes from a seed: keccak256(seed, offset) per 32 bytes.
    function randomBytes(uint256 seed, uint256 n) internal pure returns (bytes memory b) {
        b = new bytes(n);
        for (uint256 off; off < n; off += 32) {
            bytes32 w = keccak256(abi.encode(seed, off));
            if (n - off < 32) w &= bytes32(~(type(uint256).max >> (8 * (n - off)))); // keep the padding zero
            assembly ("memory-safe") {
                mstore(add(add(b, 32), off), w)
            }
        }
    }
}
