package compute

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Binary layout constants (docs/compute.md section 2.4).
const (
	HeaderSize    = 16
	OpRecordSize  = 64
	slotFixedSize = 20
)

// magic opens every binary program.
const magic = "CRXP"

// Header returns the 16-byte program header.
func (p *Program) Header() [HeaderSize]byte {
	var h [HeaderSize]byte
	copy(h[0:4], magic)
	binary.BigEndian.PutUint16(h[4:6], Version)
	binary.BigEndian.PutUint32(h[8:12], uint32(len(p.Slots)))
	binary.BigEndian.PutUint32(h[12:16], uint32(len(p.Ops)))
	return h
}

// SlotTableBytes returns the canonical encoding of the slot table.
func (p *Program) SlotTableBytes() []byte {
	var b []byte
	for _, s := range p.Slots {
		var rec [slotFixedSize]byte
		rec[0] = byte(s.DType)
		if s.Input {
			rec[1] |= 1
		}
		if s.Output {
			rec[1] |= 2
		}
		rec[2] = byte(len(s.Shape))
		rec[3] = byte(len(s.Name))
		for k, d := range s.Shape {
			binary.BigEndian.PutUint32(rec[4+4*k:], uint32(d))
		}
		b = append(b, rec[:]...)
		b = append(b, s.Name...)
	}
	return b
}

// Record returns the 64-byte canonical record of op.
func (op Op) Record() [OpRecordSize]byte {
	var r [OpRecordSize]byte
	r[0] = byte(op.Code)
	binary.BigEndian.PutUint16(r[2:4], uint16(op.Out))
	for k, s := range op.In {
		binary.BigEndian.PutUint16(r[4+2*k:], uint16(s))
	}
	for k, v := range op.Params {
		binary.BigEndian.PutUint32(r[8+4*k:], uint32(v))
	}
	return r
}

// EncodeBinary returns the canonical binary encoding of a valid program.
func (p *Program) EncodeBinary() []byte {
	h := p.Header()
	b := append([]byte(nil), h[:]...)
	b = append(b, p.SlotTableBytes()...)
	for _, op := range p.Ops {
		r := op.Record()
		b = append(b, r[:]...)
	}
	return b
}

// DecodeBinary parses and validates a canonical binary program. Any byte
// sequence other than the canonical encoding of a valid program is rejected.
func DecodeBinary(b []byte) (*Program, error) {
	if len(b) < HeaderSize {
		return nil, fmt.Errorf("program header: need %d bytes, have %d", HeaderSize, len(b))
	}
	if string(b[0:4]) != magic {
		return nil, fmt.Errorf("program header: bad magic %q, want %q", b[0:4], magic)
	}
	if v := binary.BigEndian.Uint16(b[4:6]); v != Version {
		return nil, fmt.Errorf("program header: unsupported version %d (this build reads version %d)", v, Version)
	}
	if r := binary.BigEndian.Uint16(b[6:8]); r != 0 {
		return nil, fmt.Errorf("program header: reserved field is %d, must be 0", r)
	}
	nSlots := binary.BigEndian.Uint32(b[8:12])
	nOps := binary.BigEndian.Uint32(b[12:16])
	if nSlots == 0 || nSlots > MaxSlots {
		return nil, fmt.Errorf("program header: %d slots, want 1 to %d", nSlots, MaxSlots)
	}
	if nOps == 0 || nOps > MaxOps {
		return nil, fmt.Errorf("program header: %d ops, want 1 to %d", nOps, MaxOps)
	}
	p := &Program{Slots: make([]Slot, 0, nSlots)}
	rest := b[HeaderSize:]
	for i := 0; i < int(nSlots); i++ {
		s, n, err := decodeSlot(rest)
		if err != nil {
			return nil, fmt.Errorf("slot %d: %w", i, err)
		}
		p.Slots = append(p.Slots, s)
		rest = rest[n:]
	}
	if want := int(nOps) * OpRecordSize; len(rest) != want {
		return nil, fmt.Errorf("ops section: %d ops need %d bytes, have %d", nOps, want, len(rest))
	}
	p.Ops = make([]Op, nOps)
	for i := range p.Ops {
		op, err := decodeOp(rest[i*OpRecordSize : (i+1)*OpRecordSize])
		if err != nil {
			return nil, fmt.Errorf("op %d: %w", i, err)
		}
		p.Ops[i] = op
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

func decodeSlot(b []byte) (Slot, int, error) {
	if len(b) < slotFixedSize {
		return Slot{}, 0, errors.New("truncated slot record")
	}
	var s Slot
	s.DType = DType(b[0])
	if !s.DType.Valid() {
		return Slot{}, 0, fmt.Errorf("invalid dtype %d", b[0])
	}
	if b[1]&^3 != 0 {
		return Slot{}, 0, fmt.Errorf("flags 0x%02x has unknown bits", b[1])
	}
	s.Input, s.Output = b[1]&1 != 0, b[1]&2 != 0
	rank := int(b[2])
	if rank > MaxRank {
		return Slot{}, 0, fmt.Errorf("rank %d exceeds the maximum %d", rank, MaxRank)
	}
	s.Shape = make(Shape, rank)
	for k := 0; k < MaxRank; k++ {
		d := binary.BigEndian.Uint32(b[4+4*k:])
		if k >= rank {
			if d != 0 {
				return Slot{}, 0, fmt.Errorf("dimension %d beyond rank %d is %d, must be 0", k, rank, d)
			}
			continue
		}
		if d > MaxSlotBytes {
			return Slot{}, 0, fmt.Errorf("dimension %d is %d, beyond the slot limit", k, d)
		}
		s.Shape[k] = int(d)
	}
	nameLen := int(b[3])
	if len(b) < slotFixedSize+nameLen {
		return Slot{}, 0, errors.New("truncated slot name")
	}
	s.Name = string(b[slotFixedSize : slotFixedSize+nameLen])
	return s, slotFixedSize + nameLen, nil
}

func decodeOp(r []byte) (Op, error) {
	op := Op{Code: Opcode(r[0])}
	if !op.Code.Valid() {
		return Op{}, fmt.Errorf("unknown opcode %d", r[0])
	}
	if r[1] != 0 {
		return Op{}, fmt.Errorf("reserved byte is %d, must be 0", r[1])
	}
	op.Out = int(binary.BigEndian.Uint16(r[2:4]))
	n := op.Code.arity()
	for k := 0; k < 2; k++ {
		s := int(binary.BigEndian.Uint16(r[4+2*k:]))
		if k < n {
			op.In = append(op.In, s)
		} else if s != 0 {
			return Op{}, fmt.Errorf("unused input %d is %d, must be 0 (%s takes %d inputs)", k, s, op.Code, n)
		}
	}
	for k := range op.Params {
		op.Params[k] = int32(binary.BigEndian.Uint32(r[8+4*k:]))
	}
	return op, nil
}

// DecodeProgram decodes a program in either format: the canonical binary form
// when the data starts with its magic, JSON otherwise.
func DecodeProgram(data []byte) (*Program, error) {
	if len(data) >= len(magic) && string(data[:len(magic)]) == magic {
		return DecodeBinary(data)
	}
	return DecodeJSON(data)
}
