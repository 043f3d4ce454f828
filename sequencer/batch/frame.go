package batch

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"
)

// FrameVersion is the first byte of a frame. It must differ from the first
// byte of every BatchInbox view selector (batcher() is 0x025a3a29), or the
// inbox would answer the call instead of taking the frame.
const FrameVersion = 0x01

// FrameHeaderSize is version ‖ channel id (16) ‖ index (2) ‖ count (2).
const FrameHeaderSize = 1 + 16 + 2 + 2

// MaxFrames bounds the frames of one channel.
const MaxFrames = 1 << 12

// DefaultMaxFrameSize keeps a frame's L1 transaction under geth's 128 KiB
// transaction size limit.
const DefaultMaxFrameSize = 120_000

// ErrBadFrame wraps every frame parsing error.
var ErrBadFrame = errors.New("bad frame")

// ChannelID names a channel: the first 16 bytes of keccak256(channel).
type ChannelID [16]byte

// ChannelIDOf is the id of an encoded batch.
func ChannelIDOf(channel []byte) ChannelID {
	return ChannelID(crypto.Keccak256(channel)[:16])
}

// Frame is a piece of a channel, the calldata of one L1 transaction.
type Frame struct {
	Channel ChannelID
	Index   uint16 // 0-based
	Count   uint16 // frames in the channel
	Data    []byte
}

// Marshal encodes the frame as L1 calldata.
func (f *Frame) Marshal() []byte {
	out := make([]byte, FrameHeaderSize, FrameHeaderSize+len(f.Data))
	out[0] = FrameVersion
	copy(out[1:17], f.Channel[:])
	binary.BigEndian.PutUint16(out[17:19], f.Index)
	binary.BigEndian.PutUint16(out[19:21], f.Count)
	return append(out, f.Data...)
}

// ParseFrame decodes L1 calldata into a frame; Data aliases b.
func ParseFrame(b []byte) (Frame, error) {
	var f Frame
	switch {
	case len(b) <= FrameHeaderSize:
		return f, fmt.Errorf("%w: %d bytes, need more than the %d-byte header", ErrBadFrame, len(b), FrameHeaderSize)
	case b[0] != FrameVersion:
		return f, fmt.Errorf("%w: version %#x, want %#x", ErrBadFrame, b[0], FrameVersion)
	}
	copy(f.Channel[:], b[1:17])
	f.Index = binary.BigEndian.Uint16(b[17:19])
	f.Count = binary.BigEndian.Uint16(b[19:21])
	f.Data = b[FrameHeaderSize:]
	if f.Count == 0 || f.Count > MaxFrames || f.Index >= f.Count {
		return f, fmt.Errorf("%w: frame %d of %d (at most %d)", ErrBadFrame, f.Index, f.Count, MaxFrames)
	}
	return f, nil
}

// Split cuts an encoded batch into frames of at most maxFrameSize bytes of
// calldata each.
func Split(channel []byte, maxFrameSize int) ([]Frame, error) {
	per := maxFrameSize - FrameHeaderSize
	if per <= 0 {
		return nil, fmt.Errorf("batch: frame size %d leaves no room for data", maxFrameSize)
	}
	if len(channel) == 0 {
		return nil, errors.New("batch: empty channel")
	}
	n := (len(channel) + per - 1) / per
	if n > MaxFrames {
		return nil, fmt.Errorf("batch: channel of %d bytes needs %d frames, max %d", len(channel), n, MaxFrames)
	}
	id := ChannelIDOf(channel)
	frames := make([]Frame, n)
	for i := range frames {
		end := min(len(channel), (i+1)*per)
		frames[i] = Frame{Channel: id, Index: uint16(i), Count: uint16(n), Data: channel[i*per : end]}
	}
	return frames, nil
}
