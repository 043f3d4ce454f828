package rpc

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/sequencer"
	"github.com/crux-rollup/crux/sequencer/l2"
	"github.com/crux-rollup/crux/sequencer/store"
)

// CruxAPI is the crux_ namespace.
type CruxAPI struct {
	s   *sequencer.Service
	eth *EthAPI
}

// PutBlob stores data (at most the configured blob size) and returns its
// keccak256 hash, under which GetBlob finds it.
func (api *CruxAPI) PutBlob(data hexutil.Bytes) (common.Hash, error) {
	h, err := api.s.PutBlob(data)
	if errors.Is(err, sequencer.ErrBlobTooLarge) {
		return common.Hash{}, &invalidParams{err.Error()}
	}
	return h, err
}

// GetBlob returns the blob with the given hash (null if unknown).
func (api *CruxAPI) GetBlob(hash common.Hash) (*hexutil.Bytes, error) {
	b, err := api.s.GetBlob(hash)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return (*hexutil.Bytes)(&b), nil
}

// MaxJobBytes bounds a job bundle sent to crux_putJob (the MNIST example's
// 10,000 images make an 8 MB bundle).
const MaxJobBytes = 16 << 20

// JobKey is what crux_putJob returns: the roots the bundle commits to, under
// which crux_getJob finds it (the program root and input root a job carries).
type JobKey struct {
	ProgramRoot common.Hash `json:"programRoot"`
	InputRoot   common.Hash `json:"inputRoot"`
}

// PutJob checks and stores a job bundle (package jobs): it must decode
// strictly, and its roots are computed here, so a stored bundle always has
// the key it is stored under.
func (api *CruxAPI) PutJob(bundle hexutil.Bytes) (JobKey, error) {
	if len(bundle) > MaxJobBytes {
		return JobKey{}, &invalidParams{fmt.Sprintf("job bundle of %d bytes exceeds %d", len(bundle), MaxJobBytes)}
	}
	b, err := jobs.Decode(bundle)
	if err != nil {
		return JobKey{}, &invalidParams{err.Error()}
	}
	pr, ir, err := b.Roots(0)
	if err != nil {
		return JobKey{}, &invalidParams{err.Error()}
	}
	key := JobKey{ProgramRoot: common.Hash(pr), InputRoot: common.Hash(ir)}
	if err := api.s.DB().PutJob(key.ProgramRoot, key.InputRoot, bundle); err != nil {
		return JobKey{}, err
	}
	return key, nil
}

// GetJob returns the job bundle with the given roots (null if unknown).
// Clients check the roots themselves (jobs.Decode, Bundle.Roots).
func (api *CruxAPI) GetJob(programRoot, inputRoot common.Hash) (*hexutil.Bytes, error) {
	b, err := api.s.DB().GetJob(programRoot, inputRoot)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return (*hexutil.Bytes)(&b), nil
}

// PutOutputs publishes a run's outputs (jobs.EncodeOutputs) of the job with
// the given roots, whose bundle must be stored; it returns their output
// root, computed here, under which GetOutputs finds them. Anyone may
// publish: a wrong output simply has a root no accepted result carries.
func (api *CruxAPI) PutOutputs(programRoot, inputRoot common.Hash, outputs hexutil.Bytes) (common.Hash, error) {
	if len(outputs) > MaxJobBytes {
		return common.Hash{}, &invalidParams{fmt.Sprintf("outputs of %d bytes exceed %d", len(outputs), MaxJobBytes)}
	}
	raw, err := api.s.DB().GetJob(programRoot, inputRoot)
	if errors.Is(err, store.ErrNotFound) {
		return common.Hash{}, &invalidParams{"no job bundle with these roots: crux_putJob it first"}
	}
	if err != nil {
		return common.Hash{}, err
	}
	b, err := jobs.Decode(raw)
	if err != nil {
		return common.Hash{}, err
	}
	outs, err := jobs.DecodeOutputs(b.Program, outputs)
	if err != nil {
		return common.Hash{}, &invalidParams{err.Error()}
	}
	root := common.Hash(jobs.OutputRoot(b.Program, outs))
	if err := api.s.DB().PutOutputs(programRoot, inputRoot, root, outputs); err != nil {
		return common.Hash{}, err
	}
	return root, nil
}

// GetOutputs returns the published outputs with the given roots (null if
// unknown).
func (api *CruxAPI) GetOutputs(programRoot, inputRoot, outputRoot common.Hash) (*hexutil.Bytes, error) {
	b, err := api.s.DB().GetOutputs(programRoot, inputRoot, outputRoot)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return (*hexutil.Bytes)(&b), nil
}

// JobStatus is a job as IJobMarket.getJob returns it, in JSON.
type JobStatus struct {
	ID                common.Hash    `json:"id"`
	Submitter         common.Address `json:"submitter"`
	ProgramRoot       common.Hash    `json:"programRoot"`
	InputRoot         common.Hash    `json:"inputRoot"`
	MaxPrice          *hexutil.Big   `json:"maxPrice"`
	Deadline          hexutil.Uint64 `json:"deadline"`
	MinMemoryBytes    hexutil.Uint64 `json:"minMemoryBytes"`
	GpuModel          common.Hash    `json:"gpuModel"`
	Status            uint8          `json:"status"`
	StatusName        string         `json:"statusName"`
	Round             uint32         `json:"round"`
	SubmittedAt       hexutil.Uint64 `json:"submittedAt"`
	BiddingEnds       hexutil.Uint64 `json:"biddingEnds"`
	BidCount          uint32         `json:"bidCount"`
	Executor          common.Address `json:"executor"`
	Price             *hexutil.Big   `json:"price"`
	ExecutionDeadline hexutil.Uint64 `json:"executionDeadline"`
	ResultID          *hexutil.Big   `json:"resultId"`
	OutputRoot        common.Hash    `json:"outputRoot"`
	PreviousExecutor  common.Address `json:"previousExecutor"`
	BlockNumber       hexutil.Uint64 `json:"blockNumber"`
}

// JobStatus returns a job's record at a block (the head by default), or
// null for an unknown job.
func (api *CruxAPI) JobStatus(id common.Hash, bnh *gethrpc.BlockNumberOrHash) (*JobStatus, error) {
	st, h, err := api.eth.stateAt(orLatest(bnh))
	if err != nil {
		return nil, err
	}
	m := l2.JobMarketABI()
	data, err := m.Pack("getJob", [32]byte(id))
	if err != nil {
		return nil, fmt.Errorf("encode getJob: %w", err)
	}
	to := l2.JobMarketAddress
	out, err := api.s.Processor().Call(st, h, l2.Message{To: &to, Data: data})
	if err != nil {
		return nil, err
	}
	vals, err := m.Methods["getJob"].Outputs.Unpack(out)
	if err != nil || len(vals) != 1 {
		return nil, fmt.Errorf("decode getJob: %v", err)
	}
	var j l2.Job
	if err := convert(vals[0], &j); err != nil {
		return nil, err
	}
	if j.Status == uint8(l2.JobNone) {
		return nil, nil
	}
	return &JobStatus{
		ID: j.Id, Submitter: j.Submitter, ProgramRoot: j.ProgramRoot, InputRoot: j.InputRoot,
		MaxPrice: (*hexutil.Big)(j.MaxPrice), Deadline: hexutil.Uint64(j.Deadline),
		MinMemoryBytes: hexutil.Uint64(j.HwNeeds.MinMemoryBytes), GpuModel: j.HwNeeds.GpuModel,
		Status: j.Status, StatusName: l2.JobStatus(j.Status).String(), Round: j.Round,
		SubmittedAt: hexutil.Uint64(j.SubmittedAt), BiddingEnds: hexutil.Uint64(j.BiddingEnds), BidCount: j.BidCount,
		Executor: j.Executor, Price: (*hexutil.Big)(j.Price), ExecutionDeadline: hexutil.Uint64(j.ExecutionDeadline),
		ResultID: (*hexutil.Big)(j.ResultId), OutputRoot: j.OutputRoot, PreviousExecutor: j.PreviousExecutor,
		BlockNumber: hexutil.Uint64(h.Number.Uint64()),
	}, nil
}

func convert(in, out any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("convert %T: %v", in, r)
		}
	}()
	abi.ConvertType(in, out)
	return nil
}

// WithdrawalProof is a withdrawal's Merkle proof with the output root it
// proves against.
type WithdrawalProof struct {
	*l2.WithdrawalProof
	BlockNumber     hexutil.Uint64 `json:"blockNumber"`
	BlockHash       common.Hash    `json:"blockHash"`
	StateRoot       common.Hash    `json:"stateRoot"`
	WithdrawalsRoot common.Hash    `json:"withdrawalsRoot"`
	OutputRoot      common.Hash    `json:"outputRoot"`
}

// WithdrawalProof proves withdrawal index against the output root of a
// block (the head by default).
func (api *CruxAPI) WithdrawalProof(index hexutil.Uint64, bnh *gethrpc.BlockNumberOrHash) (*WithdrawalProof, error) {
	st, h, err := api.eth.stateAt(orLatest(bnh))
	if err != nil {
		return nil, err
	}
	p, err := l2.ProveWithdrawal(st, uint64(index))
	if err != nil {
		return nil, &invalidParams{err.Error()}
	}
	wr := l2.WithdrawalsRoot(st)
	return &WithdrawalProof{
		WithdrawalProof: p, BlockNumber: hexutil.Uint64(h.Number.Uint64()), BlockHash: h.Hash(),
		StateRoot: h.Root, WithdrawalsRoot: wr, OutputRoot: l2.OutputRoot(h.Root, wr, h.Hash()),
	}, nil
}

// AdminAPI is the admin_ namespace, served only when enabled.
type AdminAPI struct{ s *sequencer.Service }

// Status reports the head and the mempool size.
func (api *AdminAPI) Status() map[string]any {
	h := api.s.Head()
	return map[string]any{
		"head":      (*hexutil.Big)(new(big.Int).Set(h.Number)),
		"headHash":  h.Hash(),
		"mempool":   api.s.PoolLen(),
		"chainId":   (*hexutil.Big)(api.s.ChainID()),
		"blockTime": api.s.Config().BlockTime.String(),
	}
}
