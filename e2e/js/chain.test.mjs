// Plain chain use through ethers v6, as a wallet or dApp does it: network
// detection, balances, EIP-1559 and legacy EIP-155 transfers with receipts,
// nonces, gas estimation and the errors of bad transactions. Accounts:
// alice and bob only (the job market file runs in parallel).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { ethers } from 'ethers';
import { chainId, alloc, gas, JOB_MARKET, httpProvider, wallet, rpcMessage } from './lib.mjs';

const provider = httpProvider();
after(() => provider.destroy());
const alice = wallet('alice', provider);
const bob = wallet('bob', provider);
// A recipient the genesis does not fund: its balance starts at zero.
const sink = ethers.getAddress(ethers.dataSlice(ethers.id('crux js sink'), 12));

test('chain id and network', async () => {
  const net = await provider.getNetwork();
  assert.equal(net.chainId, chainId);
  assert.equal(BigInt(await provider.send('eth_chainId', [])), chainId);
  assert.equal(await provider.send('net_version', []), chainId.toString());
  assert.ok((await provider.getBlockNumber()) >= 1);
});

test('genesis balances and module code', async () => {
  assert.equal(await provider.getBalance(alice.address), alloc);
  assert.equal(await provider.getBalance(bob.address), alloc);
  assert.equal(await provider.getBalance(sink), 0n);
  assert.equal(await provider.getTransactionCount(alice.address), 0);
  // The native modules look like contracts to tools.
  assert.notEqual(await provider.getCode(JOB_MARKET), '0x');
  assert.equal(await provider.getCode(sink), '0x');
  // A balance at an explicit old block.
  assert.equal(await provider.getBalance(alice.address, 0), alloc);
});

test('EIP-1559 transfer with receipt', async () => {
  const before = await provider.getBalance(alice.address);
  const value = ethers.parseEther('1.5');
  const tx = await alice.sendTransaction({ to: sink, value });
  assert.equal(tx.type, 2);
  assert.equal(tx.chainId, chainId);
  const r = await tx.wait();
  assert.equal(r.status, 1);
  assert.equal(r.type, 2);
  assert.equal(r.from, alice.address);
  assert.equal(r.to, sink);
  assert.equal(r.gasUsed, gas.transfer);
  const block = await provider.getBlock(r.blockNumber);
  assert.equal(block.hash, r.blockHash);
  assert.ok(block.transactions.includes(tx.hash));
  // The effective price is the base fee plus the tip, within the cap.
  assert.ok(block.baseFeePerGas > 0n);
  const uncapped = block.baseFeePerGas + tx.maxPriorityFeePerGas;
  assert.equal(r.gasPrice, uncapped < tx.maxFeePerGas ? uncapped : tx.maxFeePerGas);
  // Balances at the receipt's block, whatever came after.
  assert.equal(await provider.getBalance(alice.address, r.blockNumber), before - value - r.gasUsed * r.gasPrice);
  assert.equal(await provider.getBalance(sink, r.blockNumber), value);
  // The block with full transactions parses, system transactions included.
  const full = await provider.getBlock(r.blockNumber, true);
  assert.ok(full.prefetchedTransactions.some((t) => t.hash === tx.hash));
  assert.ok(full.prefetchedTransactions.some((t) => t.type === 0x7e), 'no system transaction in the block');
  const got = await provider.getTransaction(tx.hash);
  assert.equal(got.type, 2);
  assert.equal(got.from, alice.address);
  assert.equal(got.chainId, chainId);
  assert.equal(got.blockHash, r.blockHash);
  assert.equal((await r.confirmations()) >= 1, true);
});

test('legacy EIP-155 transfer with receipt', async () => {
  const before = await provider.getBalance(bob.address);
  const sinkBefore = await provider.getBalance(sink);
  const req = await bob.populateTransaction({ type: 0, to: sink, value: 7n });
  assert.equal(req.type, 0);
  assert.equal(req.chainId, chainId);
  const raw = await bob.signTransaction(req);
  // A legacy transaction is a bare RLP list; EIP-155 puts the chain id in v.
  const fields = ethers.decodeRlp(raw);
  assert.equal(fields.length, 9);
  const v = BigInt(fields[6]);
  assert.ok(v === chainId * 2n + 35n || v === chainId * 2n + 36n, `v = ${v}`);
  const tx = await provider.broadcastTransaction(raw);
  const r = await tx.wait();
  assert.equal(r.status, 1);
  assert.equal(r.type, 0);
  assert.equal(r.gasUsed, gas.transfer);
  assert.equal(r.gasPrice, req.gasPrice);
  assert.equal(await provider.getBalance(bob.address, r.blockNumber), before - 7n - r.gasUsed * r.gasPrice);
  assert.equal(await provider.getBalance(sink, r.blockNumber), sinkBefore + 7n);
  const got = await provider.getTransaction(tx.hash);
  assert.equal(got.type, 0);
  assert.equal(got.chainId, chainId);
  assert.equal(got.from, bob.address);
});

test('nonces: pending count, a gap filled late, a NonceManager burst', async () => {
  const n = await provider.getTransactionCount(alice.address, 'latest');
  assert.equal(await provider.getTransactionCount(alice.address, 'pending'), n);
  const fee = await provider.getFeeData();
  const sign = (nonce) => alice.signTransaction({
    type: 2, chainId, nonce, to: sink, value: 1n, gasLimit: gas.transfer,
    maxFeePerGas: fee.maxFeePerGas, maxPriorityFeePerGas: fee.maxPriorityFeePerGas,
  });
  // n+1 first: the pool holds it behind the gap, and "pending" does not
  // count it, since it cannot execute yet.
  const second = await provider.broadcastTransaction(await sign(n + 1));
  assert.equal(await provider.getTransactionCount(alice.address, 'pending'), n);
  const first = await provider.broadcastTransaction(await sign(n));
  assert.equal(await provider.getTransactionCount(alice.address, 'pending'), n + 2);
  const [r1, r2] = await Promise.all([first.wait(), second.wait()]);
  assert.equal(r1.status, 1);
  assert.equal(r2.status, 1);
  assert.ok(r1.blockNumber <= r2.blockNumber);
  assert.equal(await provider.getTransactionCount(alice.address, 'latest'), n + 2);

  // Several sends without waiting, nonces from ethers' NonceManager.
  const nm = new ethers.NonceManager(alice);
  const sent = await Promise.all([1n, 2n, 3n].map((value) => nm.sendTransaction({ to: sink, value })));
  assert.deepEqual(sent.map((t) => t.nonce).sort(), [n + 2, n + 3, n + 4]);
  const receipts = await Promise.all(sent.map((t) => t.wait()));
  assert.ok(receipts.every((r) => r.status === 1));
  assert.equal(await provider.getTransactionCount(alice.address, 'latest'), n + 5);
});

test('estimateGas is the fee schedule', async () => {
  assert.equal(await provider.estimateGas({ from: alice.address, to: sink, value: 1n }), gas.transfer);
  assert.equal(await provider.estimateGas({ from: bob.address, to: alice.address }), gas.transfer);
  // Calldata to an account that is not a module is refused, not estimated.
  await assert.rejects(provider.estimateGas({ from: alice.address, to: sink, data: '0x12345678' }), (e) => {
    assert.match(rpcMessage(e), /calldata/);
    return true;
  });
});

test('bad transactions are refused with errors and change nothing', async () => {
  const nonce = await provider.getTransactionCount(alice.address, 'latest');
  const balance = await provider.getBalance(alice.address);
  const head = await provider.getBlock('latest');
  const fee = await provider.getFeeData();
  const base = {
    type: 2, chainId, nonce, to: sink, value: 1n, gasLimit: gas.transfer,
    maxFeePerGas: fee.maxFeePerGas, maxPriorityFeePerGas: fee.maxPriorityFeePerGas,
  };
  const refused = async (tx, check) => {
    const raw = await alice.signTransaction(tx);
    await assert.rejects(provider.broadcastTransaction(raw), (e) => {
      check(e);
      return true;
    });
  };

  // Signed for another chain: the sequencer, not ethers, refuses it.
  await refused({ ...base, chainId: 1n }, (e) => assert.match(rpcMessage(e), /wrong chain id/));
  // A nonce already used: ethers maps it to NONCE_EXPIRED.
  await refused({ ...base, nonce: nonce - 1 }, (e) => {
    assert.equal(e.code, 'NONCE_EXPIRED');
    assert.match(rpcMessage(e), /nonce too low/);
  });
  // Fee cap below the base fee.
  await refused({ ...base, maxFeePerGas: head.baseFeePerGas - 1n, maxPriorityFeePerGas: 0n },
    (e) => assert.match(rpcMessage(e), /underpriced/));
  // Legacy at exactly the base fee: no tip, below the pool's minimum.
  await refused({ type: 0, chainId, nonce, to: sink, value: 1n, gasLimit: gas.transfer, gasPrice: head.baseFeePerGas },
    (e) => assert.match(rpcMessage(e), /underpriced/));
  // Legacy without EIP-155 replay protection (chain id 0 in the signature).
  await refused({ type: 0, chainId: 0n, nonce, to: sink, value: 1n, gasLimit: gas.transfer, gasPrice: fee.gasPrice },
    (e) => assert.match(rpcMessage(e), /replay protection/));
  // Gas limit below the schedule.
  await refused({ ...base, gasLimit: gas.transfer - 1n }, (e) => assert.match(rpcMessage(e), /gas limit/));
  // More than the balance.
  await refused({ ...base, value: balance }, (e) => assert.equal(e.code, 'INSUFFICIENT_FUNDS'));

  // A replacement must pay more: queue nonce+1 behind the gap, resend it
  // at the same price.
  const queuedRaw = await alice.signTransaction({ ...base, nonce: nonce + 1 });
  const queued = await provider.broadcastTransaction(queuedRaw);
  await refused({ ...base, nonce: nonce + 1, value: 2n }, (e) => assert.equal(e.code, 'REPLACEMENT_UNDERPRICED'));
  // Resending the same transaction is "already known".
  await assert.rejects(provider.send('eth_sendRawTransaction', [queuedRaw]), (e) => {
    assert.match(rpcMessage(e), /already known/);
    return true;
  });

  // Nothing refused took effect: the nonce and balance are unchanged.
  assert.equal(await provider.getTransactionCount(alice.address, 'latest'), nonce);
  assert.equal(await provider.getBalance(alice.address), balance);
  // Filling the gap lets the queued transaction through.
  const fill = await provider.broadcastTransaction(await alice.signTransaction(base));
  const [rf, rq] = await Promise.all([fill.wait(), queued.wait()]);
  assert.equal(rf.status, 1);
  assert.equal(rq.status, 1);
  assert.equal(await provider.getTransactionCount(alice.address, 'latest'), nonce + 2);
});
