// Shared setup of the JS client tests. js_test.go starts the sequencer and
// describes it in CRUX_E2E (JSON): RPC and WebSocket URLs, chain id, test
// keys by role, the genesis allocation, the module ABIs' directory, the gas
// schedule and the job status numbers (taken from the Go code, so the tests
// cannot drift from it).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ethers } from 'ethers';

if (!process.env.CRUX_E2E) {
  throw new Error('CRUX_E2E is not set: run these tests with `make js-test` (go test ./e2e/js), which starts a sequencer for them');
}

export const env = JSON.parse(process.env.CRUX_E2E);
export const chainId = BigInt(env.chainId);
export const alloc = BigInt(env.alloc);
export const gas = Object.fromEntries(Object.entries(env.gas).map(([k, v]) => [k, BigInt(v)]));
export const JobStatus = Object.fromEntries(Object.entries(env.jobStatus).map(([k, v]) => [k, BigInt(v)]));
export const JOB_MARKET = ethers.getAddress(env.jobMarket);

// The ABI the Go module implements (sequencer/l2/abi), as a dApp would
// ship it.
export const jobMarketAbi = JSON.parse(readFileSync(path.join(env.abiDir, 'IJobMarket.json'), 'utf8'));

// The default polling interval (4 s) would make every tx.wait() slow on a
// chain with sub-second blocks; and ethers by default answers a repeated
// identical request within 250 ms from cache, which would hide the state
// changes these tests check (a nonce or balance read just before and after
// a transaction).
const options = { pollingInterval: 100, cacheTimeout: -1 };

export function httpProvider() {
  return new ethers.JsonRpcProvider(env.rpc, undefined, options);
}

export function wsProvider() {
  return new ethers.WebSocketProvider(env.ws, undefined, options);
}

export function wallet(role, provider) {
  return new ethers.Wallet(env.keys[role], provider);
}

// rpcMessage digs the node's own error text out of an ethers error: ethers
// wraps it differently for mapped codes (info.error) and unmapped ones
// (error).
export function rpcMessage(e) {
  return e?.info?.error?.message ?? e?.error?.message ?? e?.shortMessage ?? String(e);
}

// withTimeout fails a promise that takes longer than ms, naming what it
// waited for.
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
