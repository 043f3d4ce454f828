package executor

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crux-rollup/crux/compute"
)

// ErrNotFound is returned for a key the store does not hold.
var ErrNotFound = errors.New("not found")

// Store is the executor's durable memory in pebble: the jobs it bid on or
// ran, the commitments it posted, and the bundles of the jobs it ran. Every
// write is synced: a commitment posted and then forgotten in a crash would
// leave the executor unable to defend it.
type Store struct{ db *pebble.DB }

// OpenStore opens (or creates) the store in dir.
func OpenStore(dir string) (*Store, error) {
	db, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		return nil, fmt.Errorf("opening the executor store in %s: %w", dir, err)
	}
	return &Store{db: db}, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// JobRecord is what the executor remembers of one job.
type JobRecord struct {
	JobID       common.Hash  `json:"jobId"`
	ProgramRoot compute.Hash `json:"programRoot"`
	InputRoot   compute.Hash `json:"inputRoot"`
	Round       uint32       `json:"round"`    // the auction round it bid in
	ResultID    uint64       `json:"resultId"` // 0 until posted
	Settled     bool         `json:"settled"`  // finalized or rejected on L1
}

func jobKey(id common.Hash) []byte { return append([]byte("job/"), id[:]...) }

func bundleKey(pr, ir compute.Hash) []byte {
	return append([]byte("bundle/"), crypto.Keccak256(pr[:], ir[:])...)
}

var registeredKey = []byte("meta/registered")

func (s *Store) get(k []byte) ([]byte, error) {
	v, closer, err := s.db.Get(k)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("reading %q: %w", k, err)
	}
	defer closer.Close()
	return append([]byte(nil), v...), nil
}

func (s *Store) put(k, v []byte) error {
	if err := s.db.Set(k, v, pebble.Sync); err != nil {
		return fmt.Errorf("writing %q: %w", k, err)
	}
	return nil
}

// Job returns the record of job id, if any.
func (s *Store) Job(id common.Hash) (JobRecord, bool, error) {
	v, err := s.get(jobKey(id))
	if errors.Is(err, ErrNotFound) {
		return JobRecord{}, false, nil
	}
	if err != nil {
		return JobRecord{}, false, err
	}
	var r JobRecord
	if err := json.Unmarshal(v, &r); err != nil {
		return JobRecord{}, false, fmt.Errorf("job %s: corrupt record: %w", id, err)
	}
	return r, true, nil
}

// PutJob writes a job record.
func (s *Store) PutJob(r JobRecord) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return s.put(jobKey(r.JobID), v)
}

// DeleteJob forgets a job (re-queued: a new round to bid in).
func (s *Store) DeleteJob(id common.Hash) error {
	if err := s.db.Delete(jobKey(id), pebble.Sync); err != nil {
		return fmt.Errorf("deleting job %s: %w", id, err)
	}
	return nil
}

// PutBundle keeps a job bundle by its roots.
func (s *Store) PutBundle(pr, ir compute.Hash, bundle []byte) error {
	return s.put(bundleKey(pr, ir), bundle)
}

// Bundle returns the job bundle with the given roots.
func (s *Store) Bundle(pr, ir compute.Hash) ([]byte, error) { return s.get(bundleKey(pr, ir)) }

// Registered reports whether the node has been registered on L1.
func (s *Store) Registered() (bool, error) {
	_, err := s.get(registeredKey)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// SetRegistered records the node registration.
func (s *Store) SetRegistered() error { return s.put(registeredKey, []byte{1}) }
