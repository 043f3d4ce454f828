//go:build amd64 && !purego

package i8mm

import "unsafe"

// matmulDot computes C row by row as dot products of rows of A with groups
// of four rows of B, straight from the inputs. For very few rows of A this
// beats the packed path, whose packing of all of B would be used only once
// and whose tiles would be mostly padding.
func matmulDot(dst []int32, a, b []int8, M, N, K, workers int) {
	parallel(workers, func(w int) {
		r0, r1, c0, c1 := grid(M, N, M, 4, workers, w) // split columns only
		if r0 < r1 && c0 < c1 {
			dotBlock(dst, a, b, N, K, r0, r1, c0, c1)
		}
	})
}

func dotBlock(dst []int32, a, b []int8, N, K, r0, r1, c0, c1 int) {
	n := K / 16
	k1 := 16 * n // k in [k1, K) is done in Go
	var out [4]int32
	for j := c0; j < c1; j += 4 {
		cols := min(4, c1-j)
		for i := r0; i < r1; i++ {
			x := a[i*K : (i+1)*K]
			if n > 0 {
				var p [4]unsafe.Pointer
				for t := range p {
					p[t] = unsafe.Pointer(&b[(j+min(t, cols-1))*K]) // padding columns repeat the last
				}
				dot4(unsafe.Pointer(&x[0]), p[0], p[1], p[2], p[3], n, &out)
			}
			for t := range cols {
				s := out[t]
				if n == 0 {
					s = 0
				}
				y := b[(j+t)*K+k1 : (j+t+1)*K]
				for k, v := range x[k1:] {
					s += int32(v) * int32(y[k])
				}
				dst[i*N+j+t] = s
			}
		}
	}
}
