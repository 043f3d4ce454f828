package batch

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
)

// AssemblerConfig bounds the memory of an Assembler.
type AssemblerConfig struct {
	// MaxChannels is how many incomplete channels are kept; beyond it the
	// oldest is dropped.
	MaxChannels int
	// MaxChannelSize bounds one channel's total data.
	MaxChannelSize int
	// Timeout is how many L1 blocks after its first frame a channel may
	// take to complete.
	Timeout uint64
	// Remember is how many completed channel ids are remembered, so that
	// frames re-posted after an L1 reorg are recognised and ignored.
	Remember int
}

// DefaultAssemblerConfig suits DefaultLimits.
func DefaultAssemblerConfig() AssemblerConfig {
	return AssemblerConfig{MaxChannels: 64, MaxChannelSize: DefaultLimits().MaxChannelSize, Timeout: 300, Remember: 4096}
}

// Assembler collects frames, in L1 order, into channels. It is not safe
// for concurrent use.
type Assembler struct {
	cfg     AssemblerConfig
	pending map[ChannelID]*partial
	order   []ChannelID // pending, oldest first
	done    map[ChannelID]bool
	doneQ   []ChannelID
}

type partial struct {
	frames  [][]byte
	got     int
	size    int
	firstL1 uint64
}

// NewAssembler returns an empty assembler.
func NewAssembler(cfg AssemblerConfig) *Assembler {
	return &Assembler{cfg: cfg, pending: map[ChannelID]*partial{}, done: map[ChannelID]bool{}}
}

// ErrChannelMismatch: a channel's frames do not hash to its id (a batcher
// fault: the frames are dropped).
var ErrChannelMismatch = errors.New("channel data does not match its id")

// Add takes a frame included in L1 block l1Block and returns the channel's
// data when this frame completes it. Frames of completed channels and
// repeated frames are ignored (nil, nil).
func (a *Assembler) Add(f Frame, l1Block uint64) ([]byte, error) {
	if a.done[f.Channel] {
		return nil, nil
	}
	p := a.pending[f.Channel]
	if p == nil {
		p = &partial{frames: make([][]byte, f.Count), firstL1: l1Block}
		a.pending[f.Channel] = p
		a.order = append(a.order, f.Channel)
		if len(a.order) > a.cfg.MaxChannels {
			a.drop(a.order[0])
		}
	}
	if int(f.Count) != len(p.frames) {
		a.drop(f.Channel)
		return nil, fmt.Errorf("%w: channel %x: frame count %d, earlier frames said %d", ErrBadFrame, f.Channel, f.Count, len(p.frames))
	}
	if p.frames[f.Index] != nil {
		return nil, nil
	}
	if p.size+len(f.Data) > a.cfg.MaxChannelSize {
		a.drop(f.Channel)
		return nil, fmt.Errorf("%w: channel %x exceeds %d bytes", ErrBadFrame, f.Channel, a.cfg.MaxChannelSize)
	}
	p.frames[f.Index] = bytes.Clone(f.Data)
	p.got++
	p.size += len(f.Data)
	if p.got < len(p.frames) {
		return nil, nil
	}
	a.drop(f.Channel)
	data := slices.Concat(p.frames...)
	if ChannelIDOf(data) != f.Channel {
		return nil, fmt.Errorf("%w: %x", ErrChannelMismatch, f.Channel)
	}
	a.done[f.Channel] = true
	a.doneQ = append(a.doneQ, f.Channel)
	if len(a.doneQ) > a.cfg.Remember {
		delete(a.done, a.doneQ[0])
		a.doneQ = a.doneQ[1:]
	}
	return data, nil
}

// Expire drops incomplete channels whose first frame is more than Timeout
// L1 blocks older than l1Block, returning their ids.
func (a *Assembler) Expire(l1Block uint64) []ChannelID {
	var out []ChannelID
	for _, id := range slices.Clone(a.order) {
		if p := a.pending[id]; l1Block > p.firstL1+a.cfg.Timeout {
			a.drop(id)
			out = append(out, id)
		}
	}
	return out
}

// Pending is the number of incomplete channels.
func (a *Assembler) Pending() int { return len(a.pending) }

// OldestL1 is the L1 block of the oldest incomplete channel's first frame
// (ok false if none): where a restarted reader must rescan from.
func (a *Assembler) OldestL1() (uint64, bool) {
	if len(a.order) == 0 {
		return 0, false
	}
	return a.pending[a.order[0]].firstL1, true
}

func (a *Assembler) drop(id ChannelID) {
	delete(a.pending, id)
	if i := slices.Index(a.order, id); i >= 0 {
		a.order = slices.Delete(a.order, i, i+1)
	}
}
