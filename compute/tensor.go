package compute

import (
	"encoding/binary"
	"fmt"
	"unsafe"
)

// DType is the element type of a tensor. The numeric codes are part of the
// canonical encoding (docs/compute.md, section 1).
type DType uint8

const (
	Int8  DType = 1
	Int32 DType = 2
)

// Size is the size of one element in bytes, 0 for an invalid dtype.
func (d DType) Size() int {
	switch d {
	case Int8:
		return 1
	case Int32:
		return 4
	}
	return 0
}

// Valid reports whether d is one of the dtypes crux knows.
func (d DType) Valid() bool { return d.Size() != 0 }

func (d DType) String() string {
	switch d {
	case Int8:
		return "int8"
	case Int32:
		return "int32"
	}
	return fmt.Sprintf("dtype(%d)", uint8(d))
}

// ParseDType parses "int8" or "int32".
func ParseDType(s string) (DType, error) {
	switch s {
	case "int8":
		return Int8, nil
	case "int32":
		return Int32, nil
	}
	return 0, fmt.Errorf("unknown dtype %q (want int8 or int32)", s)
}

// Shape is a tensor shape: rank 0 to MaxRank, every dimension at least 1.
type Shape []int

// Elems is the number of elements (1 for rank 0).
func (s Shape) Elems() int {
	n := 1
	for _, d := range s {
		n *= d
	}
	return n
}

// Equal reports whether two shapes are identical.
func (s Shape) Equal(o Shape) bool {
	if len(s) != len(o) {
		return false
	}
	for i := range s {
		if s[i] != o[i] {
			return false
		}
	}
	return true
}

func (s Shape) String() string {
	b := []byte{'['}
	for i, d := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b = fmt.Appendf(b, "%d", d)
	}
	return string(append(b, ']'))
}

// Check validates the shape against the limits for a tensor of dtype d.
func (s Shape) Check(d DType) error {
	if len(s) > MaxRank {
		return fmt.Errorf("rank %d exceeds the maximum %d", len(s), MaxRank)
	}
	bytes := int64(d.Size())
	for i, dim := range s {
		if dim < 1 {
			return fmt.Errorf("dimension %d is %d, must be at least 1", i, dim)
		}
		if int64(dim) > MaxSlotBytes {
			return fmt.Errorf("dimension %d is %d, beyond the %d-byte slot limit", i, dim, int64(MaxSlotBytes))
		}
		bytes *= int64(dim)
		if bytes > MaxSlotBytes {
			return fmt.Errorf("shape %v of %s needs more than the %d-byte slot limit", s, d, int64(MaxSlotBytes))
		}
	}
	return nil
}

// Clone returns a copy that does not share storage with s.
func (s Shape) Clone() Shape { return append(Shape(nil), s...) }

// Tensor is a dtype, a shape and the elements' bytes in row-major order,
// little-endian: exactly the bytes that are committed to.
type Tensor struct {
	DType DType
	Shape Shape
	Data  []byte
}

// NewTensor returns a zero tensor.
func NewTensor(d DType, s Shape) Tensor {
	return Tensor{DType: d, Shape: s.Clone(), Data: make([]byte, s.Elems()*d.Size())}
}

// Check validates dtype, shape and that the data length matches them.
func (t Tensor) Check() error {
	if !t.DType.Valid() {
		return fmt.Errorf("invalid dtype %d", uint8(t.DType))
	}
	if err := t.Shape.Check(t.DType); err != nil {
		return err
	}
	if want := t.Shape.Elems() * t.DType.Size(); len(t.Data) != want {
		return fmt.Errorf("%s%v needs %d bytes of data, have %d", t.DType, t.Shape, want, len(t.Data))
	}
	return nil
}

// Int8s views the data of an int8 tensor as []int8 (no copy).
func (t Tensor) Int8s() []int8 {
	if len(t.Data) == 0 {
		return nil
	}
	return unsafe.Slice((*int8)(unsafe.Pointer(&t.Data[0])), len(t.Data))
}

// Int32s views the data of an int32 tensor as []int32 (no copy). crux only runs
// on little-endian hosts (checked in init), so the view equals the committed
// little-endian bytes.
func (t Tensor) Int32s() []int32 {
	if len(t.Data) < 4 {
		return nil
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(&t.Data[0])), len(t.Data)/4)
}

// Int8Tensor builds an int8 tensor from values (a copy).
func Int8Tensor(s Shape, v []int8) Tensor {
	t := NewTensor(Int8, s)
	copy(t.Int8s(), v)
	return t
}

// Int32Tensor builds an int32 tensor from values (a copy).
func Int32Tensor(s Shape, v []int32) Tensor {
	t := NewTensor(Int32, s)
	copy(t.Int32s(), v)
	return t
}

func init() {
	// The zero-copy views above assume the host stores integers the way the
	// commitment does.
	var x uint16 = 1
	if *(*byte)(unsafe.Pointer(&x)) != 1 || binary.NativeEndian.Uint16([]byte{1, 0}) != 1 {
		panic("crux/compute requires a little-endian host")
	}
}
