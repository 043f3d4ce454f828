// The job market as a dApp and providers use it, through an ethers Contract
// built from the module's ABI: submitJob with escrow, bids by providers
// bonded on L1, the auction close, cancel with refund, reverts with custom
// errors, event logs by queryFilter and by WebSocket subscription.
// Accounts: dapp, provider1, provider2 (bonded on L1 by js_test.go) and
// outsider (not bonded).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ethers } from 'ethers';
import { gas, JobStatus, JOB_MARKET, jobMarketAbi, httpProvider, wsProvider, wallet, withTimeout } from './lib.mjs';

const provider = httpProvider();
const ws = wsProvider();
const jm = new ethers.Contract(JOB_MARKET, jobMarketAbi, provider);
const dapp = wallet('dapp', provider);
const p1 = wallet('provider1', provider);
const p2 = wallet('provider2', provider);
const outsider = wallet('outsider', provider);
const as = (w) => jm.connect(w);

// What the WebSocket subscriptions saw.
const wsEvents = { JobSubmitted: [], JobAssigned: [], JobCancelled: [] };
const heads = [];
const waiters = [];
const wsJm = jm.connect(ws);

// seen resolves once a WebSocket event satisfying pred arrived.
function seen(name, pred) {
  return new Promise((resolve) => {
    const check = () => {
      const hit = wsEvents[name].find(pred);
      if (hit) resolve(hit);
      return !!hit;
    };
    if (!check()) waiters.push(check);
  });
}

function record(name) {
  return (...args) => {
    const ev = args[args.length - 1]; // ContractEventPayload
    wsEvents[name].push(ev);
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]()) waiters.splice(i, 1);
  };
}

let params;
let startBlock;

before(async () => {
  params = await jm.params();
  startBlock = await provider.getBlockNumber();
  for (const name of Object.keys(wsEvents)) await wsJm.on(name, record(name));
  // The first head over the socket shows the subscriptions are live.
  const firstHead = new Promise((resolve) => ws.on('block', (n) => { heads.push(n); resolve(); }));
  await withTimeout(firstHead, 10_000, 'a newHeads notification');
});

after(async () => {
  await wsJm.removeAllListeners();
  await ws.removeAllListeners();
  // ethers sends eth_unsubscribe without awaiting it; destroying the
  // provider under those requests would reject them unhandled.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await ws.destroy();
  provider.destroy();
});

// revertName runs a failing call and returns its custom error's name,
// decoded from the revert data with the module's ABI. ethers decodes it
// itself for staticCall (e.revert); for estimateGas the dApp does, from
// e.data.
async function revertName(promise) {
  try {
    await promise;
  } catch (e) {
    assert.equal(e.code, 'CALL_EXCEPTION', `not a call exception: ${e}`);
    const decoded = e.revert ?? (e.data ? jm.interface.parseError(e.data) : null);
    assert.ok(decoded, `no decodable revert data in ${e}`);
    return decoded.name;
  }
  assert.fail('the call did not revert');
}

function eventOf(receipt, name) {
  const evs = receipt.logs.map((l) => jm.interface.parseLog(l)).filter((e) => e?.name === name);
  assert.equal(evs.length, 1, `${name} events in the receipt`);
  return evs[0];
}

async function submit(maxPrice, tag) {
  const head = await provider.getBlock('latest');
  const deadline = BigInt(head.timestamp) + params.biddingWindow + params.executionWindow + 600n;
  const args = [ethers.id(`program ${tag}`), ethers.id(`input ${tag}`), maxPrice, deadline, { minMemoryBytes: 0n, gpuModel: ethers.ZeroHash }];
  assert.equal(await as(dapp).submitJob.estimateGas(...args, { value: maxPrice }), gas.transfer + gas.submitJob);
  const escrowBefore = await provider.getBalance(JOB_MARKET);
  const dappBefore = await provider.getBalance(dapp.address);
  const tx = await as(dapp).submitJob(...args, { value: maxPrice });
  const r = await tx.wait();
  assert.equal(r.status, 1);
  assert.equal(r.gasUsed, gas.transfer + gas.submitJob);
  const ev = eventOf(r, 'JobSubmitted');
  assert.equal(ev.args.submitter, dapp.address);
  assert.equal(ev.args.maxPrice, maxPrice);
  assert.equal(ev.args.deadline, deadline);
  // Escrow: the module holds maxPrice; the dApp paid it plus the fee.
  assert.equal(await provider.getBalance(JOB_MARKET), escrowBefore + maxPrice);
  assert.equal(await provider.getBalance(dapp.address), dappBefore - maxPrice - r.gasUsed * r.gasPrice);
  return { jobId: ev.args.jobId, receipt: r };
}

test('providers bonded on L1 are eligible, others are not', async () => {
  for (const p of [p1, p2]) {
    const info = await jm.provider(p.address);
    assert.equal(info.eligible, true, `${p.address} not eligible`);
    assert.ok(info.stake >= params.minProviderStake);
  }
  assert.equal((await jm.provider(outsider.address)).eligible, false);
});

let job1;

test('submitJob escrows; bids; the auction closes to the lowest bid', async () => {
  const maxPrice = ethers.parseEther('5');
  const { jobId, receipt } = await submit(maxPrice, 1);
  job1 = jobId;
  let job = await jm.getJob(jobId);
  assert.equal(job.status, JobStatus.Open);
  assert.equal(job.submitter, dapp.address);
  assert.equal(job.maxPrice, maxPrice);
  assert.equal(await jm.jobCount() >= 1n, true);

  // Refused bids revert with the ABI's custom errors.
  assert.equal(await revertName(as(outsider).bid.staticCall(jobId, ethers.parseEther('1'))), 'NotEligible');
  assert.equal(await revertName(as(p1).bid.estimateGas(jobId, maxPrice + 1n)), 'PriceAboveMax');
  assert.equal(await revertName(as(p1).bid.staticCall(ethers.id('no such job'), 1n)), 'UnknownJob');

  assert.equal(await as(p1).bid.estimateGas(jobId, ethers.parseEther('3')), gas.transfer + gas.bid);
  const [b1, b2] = [await as(p1).bid(jobId, ethers.parseEther('3')), await as(p2).bid(jobId, ethers.parseEther('2'))];
  for (const r of await Promise.all([b1.wait(), b2.wait()])) {
    assert.equal(r.status, 1);
    assert.equal(eventOf(r, 'BidPlaced').args.jobId, jobId);
  }

  // The close happens in the state transition at the first block at or
  // after biddingEnds; the subscription sees it.
  const assigned = await withTimeout(seen('JobAssigned', (e) => e.args.jobId === jobId),
    Number(params.biddingWindow) * 1000 + 15_000, 'JobAssigned over WebSocket');
  assert.equal(assigned.args.executor, p2.address);
  assert.equal(assigned.args.price, ethers.parseEther('2'));
  job = await jm.getJob(jobId);
  assert.equal(job.status, JobStatus.Assigned);
  assert.equal(job.executor, p2.address);
  assert.equal(job.price, ethers.parseEther('2'));
  assert.ok(assigned.log.blockNumber > receipt.blockNumber);

  // A late bid reverts; sent anyway with a fixed gas limit, it is included
  // with status 0 and pays its gas.
  assert.equal(await revertName(as(p1).bid.staticCall(jobId, 1n)), 'WrongStatus');
  const before = await provider.getBalance(p1.address);
  const late = await as(p1).bid(jobId, 1n, { gasLimit: gas.transfer + gas.bid });
  await assert.rejects(late.wait(), (e) => {
    assert.equal(e.code, 'CALL_EXCEPTION');
    assert.equal(e.receipt.status, 0);
    assert.equal(e.receipt.gasUsed, gas.transfer + gas.bid);
    return true;
  });
  const r = await provider.getTransactionReceipt(late.hash);
  assert.equal(await provider.getBalance(p1.address), before - r.gasUsed * r.gasPrice);
});

test('cancel refunds the escrow; only the submitter, only before assignment', async () => {
  const maxPrice = ethers.parseEther('3');
  const { jobId } = await submit(maxPrice, 2);
  assert.equal(await revertName(as(p1).cancel.staticCall(jobId)), 'NotSubmitter');
  assert.equal(await revertName(as(dapp).cancel.staticCall(job1)), 'WrongStatus');
  assert.equal(await as(dapp).cancel.estimateGas(jobId), gas.transfer + gas.cancel);

  const escrowBefore = await provider.getBalance(JOB_MARKET);
  const dappBefore = await provider.getBalance(dapp.address);
  const r = await (await as(dapp).cancel(jobId)).wait();
  assert.equal(r.status, 1);
  const ev = eventOf(r, 'JobCancelled');
  assert.equal(ev.args.jobId, jobId);
  assert.equal(ev.args.submitter, dapp.address);
  assert.equal(ev.args.refund, maxPrice);
  assert.equal(await provider.getBalance(dapp.address), dappBefore + maxPrice - r.gasUsed * r.gasPrice);
  assert.equal(await provider.getBalance(JOB_MARKET), escrowBefore - maxPrice);
  assert.equal((await jm.getJob(jobId)).status, JobStatus.Cancelled);
  assert.equal(await revertName(as(dapp).cancel.staticCall(jobId)), 'WrongStatus');
  await withTimeout(seen('JobCancelled', (e) => e.args.jobId === jobId), 10_000, 'JobCancelled over WebSocket');
});

test('logs: queryFilter, getLogs and the WebSocket subscription agree', async () => {
  const submitted = await jm.queryFilter(jm.filters.JobSubmitted(null, dapp.address), startBlock);
  assert.equal(submitted.length, 2);
  const [id1, id2] = submitted.map((e) => e.args.jobId);
  assert.equal(id1, job1);

  const bids = await jm.queryFilter(jm.filters.BidPlaced(job1), startBlock);
  assert.deepEqual(bids.map((e) => e.args.provider).sort(), [p1.address, p2.address].sort());
  assert.equal((await jm.queryFilter(jm.filters.BidPlaced(null, p2.address), startBlock)).length, 1);
  const assigned = await jm.queryFilter(jm.filters.JobAssigned(job1));
  assert.equal(assigned.length, 1);
  assert.equal(assigned[0].args.executor, p2.address);
  assert.equal((await jm.queryFilter(jm.filters.JobCancelled(id2), startBlock)).length, 1);

  // Raw logs by block hash hold what the receipt held.
  const receipt = await provider.getTransactionReceipt(submitted[0].transactionHash);
  const byHash = await provider.getLogs({ blockHash: receipt.blockHash, address: JOB_MARKET });
  assert.ok(byHash.some((l) => l.transactionHash === receipt.hash && l.index === receipt.logs[0].index));

  // Every JobSubmitted the chain has since startBlock also came over the
  // socket, with the same block and transaction.
  await withTimeout(seen('JobSubmitted', (e) => e.args.jobId === id2), 10_000, 'JobSubmitted over WebSocket');
  for (const e of submitted) {
    const w = wsEvents.JobSubmitted.find((x) => x.args.jobId === e.args.jobId);
    assert.ok(w, `JobSubmitted ${e.args.jobId} not seen over WebSocket`);
    assert.equal(w.log.transactionHash, e.transactionHash);
    assert.equal(w.log.blockHash, e.blockHash);
  }
  // newHeads: the heads kept coming, including the block of the first job.
  assert.ok(heads.includes(receipt.blockNumber), `head ${receipt.blockNumber} not among ${heads.length} heads`);
});
