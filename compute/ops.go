package compute

import (
	"context"
	"fmt"

	"github.com/crux-rollup/crux/compute/internal/i8mm"
)

// This file is the reference semantics of every op (docs/compute.md section 2).
// Each op reads its inputs and returns a freshly allocated output tensor; inputs
// are never modified, so a trace may keep earlier tensors without copying.

// Requant computes one element of the requant op (docs/compute.md section 2.2).
func Requant(v, multiplier, shift, zeroPoint, lo, hi int32) int8 {
	p := int64(v) * int64(multiplier)
	r := p
	if shift > 0 {
		half := int64(1) << (shift - 1)
		if p >= 0 {
			r = (p + half) >> shift
		} else {
			r = -((-p + half) >> shift)
		}
	}
	r += int64(zeroPoint)
	if r < int64(lo) {
		r = int64(lo)
	}
	if r > int64(hi) {
		r = int64(hi)
	}
	return int8(r)
}

// execOp computes op over its input tensors; out is the declared output slot.
// workers bounds the parallelism; the result does not depend on it.
func execOp(ctx context.Context, op Op, in []Tensor, out Slot, workers int) (Tensor, error) {
	if err := ctx.Err(); err != nil {
		return Tensor{}, err
	}
	dst := NewTensor(out.DType, out.Shape)
	x := in[0]
	switch op.Code {
	case OpMatMul:
		y := in[1]
		m, k, n := x.Shape[0], x.Shape[1], y.Shape[0]
		i8mm.MatMul(dst.Int32s(), x.Int8s(), y.Int8s(), m, n, k, workers)

	case OpAdd:
		xs, ys, ds := x.Int32s(), in[1].Int32s(), dst.Int32s()
		w := len(ys) // the bias row length, or the whole tensor
		parallelRange(len(ds), workers, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				ds[i] = xs[i] + ys[i%w]
			}
		})

	case OpRequant:
		xs, ds := x.Int32s(), dst.Int8s()
		pm := op.Params
		parallelRange(len(ds), workers, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				ds[i] = Requant(xs[i], pm[ParamMultiplier], pm[ParamShift], pm[ParamZeroPoint], pm[ParamMin], pm[ParamMax])
			}
		})

	case OpReLU:
		if x.DType == Int8 {
			reluT(dst.Int8s(), x.Int8s(), workers)
		} else {
			reluT(dst.Int32s(), x.Int32s(), workers)
		}

	case OpLUT:
		xs, table, ds := x.Int8s(), in[1].Int8s(), dst.Int8s()
		parallelRange(len(ds), workers, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				ds[i] = table[int(xs[i])+128]
			}
		})

	case OpArgMax:
		last := x.Shape[len(x.Shape)-1]
		if x.DType == Int8 {
			argmaxT(dst.Int32s(), x.Int8s(), last, workers)
		} else {
			argmaxT(dst.Int32s(), x.Int32s(), last, workers)
		}

	case OpReshape:
		copy(dst.Data, x.Data)

	case OpTranspose:
		transpose(dst, x, op.Params[:len(x.Shape)])

	case OpSlice:
		slice(dst, x, op.Params[:len(x.Shape)])

	case OpConcat:
		concat(dst, x, in[1], int(op.Params[0]))

	default:
		return Tensor{}, fmt.Errorf("unknown opcode %d", uint8(op.Code))
	}
	return dst, nil
}

func reluT[T int8 | int32](dst, src []T, workers int) {
	parallelRange(len(dst), workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			dst[i] = max(src[i], 0)
		}
	})
}

// argmaxT writes, for each row of length n, the index of its first maximum.
func argmaxT[T int8 | int32](dst []int32, src []T, n, workers int) {
	parallelRange(len(dst), workers, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			row := src[r*n : (r+1)*n]
			best := 0
			for j, v := range row {
				if v > row[best] {
					best = j
				}
			}
			dst[r] = int32(best)
		}
	})
}

// pad4 right-aligns a shape (or a per-axis list) into four entries, filling the
// leading axes with fill; all movement ops then run one rank-4 loop.
func pad4(s []int, fill int) [4]int {
	var p [4]int
	off := 4 - len(s)
	for k := range p {
		if k < off {
			p[k] = fill
		} else {
			p[k] = s[k-off]
		}
	}
	return p
}

// strides returns the row-major element strides of a shape.
func strides(s Shape) []int {
	st := make([]int, len(s))
	acc := 1
	for k := len(s) - 1; k >= 0; k-- {
		st[k] = acc
		acc *= s[k]
	}
	return st
}

// transpose: out[i_0..i_{r-1}] = x[j] with j[perm[k]] = i_k, so moving along
// output axis k moves along input axis perm[k].
func transpose(dst, x Tensor, perm []int32) {
	xs := strides(x.Shape)
	st := make([]int, len(perm))
	for k, a := range perm {
		st[k] = xs[a]
	}
	gather(dst, x, pad4(dst.Shape, 1), pad4(st, 0), 0)
}

// slice: out[i] = x[i + start].
func slice(dst, x Tensor, start []int32) {
	xs := strides(x.Shape)
	base := 0
	for k, s := range start {
		base += int(s) * xs[k]
	}
	gather(dst, x, pad4(dst.Shape, 1), pad4(xs, 0), base)
}

// gather copies x[base + sum_k i_k*st[k]] to dst in dst's row-major order.
func gather(dst, x Tensor, shape, st [4]int, base int) {
	if x.DType == Int8 {
		gatherT(dst.Int8s(), x.Int8s(), shape, st, base)
	} else {
		gatherT(dst.Int32s(), x.Int32s(), shape, st, base)
	}
}

func gatherT[T int8 | int32](dst, src []T, shape, st [4]int, base int) {
	o := 0
	for a := 0; a < shape[0]; a++ {
		for b := 0; b < shape[1]; b++ {
			for c := 0; c < shape[2]; c++ {
				off := base + a*st[0] + b*st[1] + c*st[2]
				if st[3] == 1 {
					o += copy(dst[o:o+shape[3]], src[off:off+shape[3]])
					continue
				}
				for d := 0; d < shape[3]; d++ {
					dst[o] = src[off+d*st[3]]
					o++
				}
			}
		}
	}
}

// concat places x then y along axis: for every index of the axes before axis,
// one contiguous block of x followed by one of y.
func concat(dst, x, y Tensor, axis int) {
	es := x.DType.Size()
	outer := Shape(x.Shape[:axis]).Elems()
	xb := Shape(x.Shape[axis:]).Elems() * es
	yb := Shape(y.Shape[axis:]).Elems() * es
	o := 0
	for i := 0; i < outer; i++ {
		o += copy(dst.Data[o:], x.Data[i*xb:(i+1)*xb])
		o += copy(dst.Data[o:], y.Data[i*yb:(i+1)*yb])
	}
}
