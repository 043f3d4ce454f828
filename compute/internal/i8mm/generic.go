package i8mm

// The portable implementation, in plain Go: the fallback on CPUs without
// AVX2 and the cross-check for the assembly kernels. Its bits are the naive
// loop's because wrapping int32 addition is exact mod 2^32 in any order.
//
// It multiplies two int8 products per 64-bit multiply: a column pair of B is
// packed as p = b0 + b1<<32, so x*p = x*b0 + (x*b1)<<32 exactly (mod 2^64),
// and a sum S of such terms holds S0 = sum x*b0 in its low half and
// S1 = sum x*b1 above it. While |S0| < 2^31 (at most 131071 terms of
// |x*b0| <= 2^14), S0 is exactly int32(S), and S1 = (S - S0) >> 32. k blocks
// of genericKC terms keep every S0 that small.

const (
	genericKC = 1024 // k block: bounds S0 and keeps a column group's packed pairs in L1
	genericJB = 64   // columns per packed B block: genericKC*genericJB*4 bytes in L2
)

func matmulGeneric(dst []int32, a, b []int8, M, N, K, workers int) {
	parallel(workers, func(w int) {
		r0, r1, c0, c1 := grid(M, N, 2, 4, workers, w)
		if r0 < r1 && c0 < c1 {
			genericBlock(dst, a, b, N, K, r0, r1, c0, c1)
		}
	})
}

// grid cuts the M x N output into at most n rectangles, by rows (in units of
// mu) when there are enough of them, else also by columns (units of nu), and
// returns the w-th. Any cut gives the same bits; this one keeps all workers
// busy when M is small.
func grid(M, N, mu, nu, n, w int) (r0, r1, c0, c1 int) {
	rparts := min(n, (M+mu-1)/mu)
	cparts := n / rparts
	if w >= rparts*cparts {
		return 0, 0, 0, 0
	}
	r0, r1 = split(M, mu, rparts, w%rparts)
	c0, c1 = split(N, nu, cparts, w/rparts)
	return
}

// genericBlock computes dst rows [r0,r1) x columns [c0,c1).
func genericBlock(dst []int32, a, b []int8, N, K, r0, r1, c0, c1 int) {
	var bp [][2]int64
	if r1-r0 >= 4 { // packing B pays off only when several rows reuse it
		bp = make([][2]int64, min(genericKC, K)*min(genericJB, c1-c0)/4)
	}
	for k0 := 0; k0 < K; k0 += genericKC {
		k1 := min(K, k0+genericKC)
		kb := k1 - k0
		first := k0 == 0
		for j0 := c0; j0 < c1; j0 += genericJB {
			j1 := min(c1, j0+genericJB)
			jp := j0 // columns [j0, jp) go through the packed path
			if bp != nil {
				jp = j0 + (j1-j0)&^3
				for g := 0; j0+4*g < jp; g++ {
					packColumns(bp[g*kb:(g+1)*kb], b, K, j0+4*g, k0, k1)
				}
			}
			i := r0
			if jp > j0 {
				for ; i+2 <= r1; i += 2 {
					x0 := a[i*K+k0 : i*K+k1]
					x1 := a[(i+1)*K+k0 : (i+1)*K+k1]
					for j := j0; j < jp; j += 4 {
						g := (j - j0) / 4
						s := swar2x4(x0, x1, bp[g*kb:(g+1)*kb])
						put4(dst[i*N+j:i*N+j+4], s[:4], first)
						put4(dst[(i+1)*N+j:(i+1)*N+j+4], s[4:], first)
					}
				}
				// The last columns (fewer than 4) of the rows done above.
				for ii := r0; ii < i; ii++ {
					dotRow(dst[ii*N:], a[ii*K+k0:ii*K+k1], b, K, jp, j1, k0, first)
				}
			}
			// Rows left over, or all rows when B was not packed.
			for ; i < r1; i++ {
				dotRow(dst[i*N:], a[i*K+k0:i*K+k1], b, K, j0, j1, k0, first)
			}
		}
	}
}

// packColumns packs columns j..j+3 of B (rows of b), k range [k0, k1), as
// the pairs p[k] = {b_j + b_{j+1}<<32, b_{j+2} + b_{j+3}<<32}.
func packColumns(p [][2]int64, b []int8, K, j, k0, k1 int) {
	n := k1 - k0
	p = p[:n]
	y0 := b[j*K+k0 : j*K+k1][:n]
	y1 := b[(j+1)*K+k0 : (j+1)*K+k1][:n]
	y2 := b[(j+2)*K+k0 : (j+2)*K+k1][:n]
	y3 := b[(j+3)*K+k0 : (j+3)*K+k1][:n]
	for k := range p {
		p[k] = [2]int64{int64(y0[k]) + int64(y1[k])<<32, int64(y2[k]) + int64(y3[k])<<32}
	}
}

// swar2x4 returns the dot products of rows x0, x1 with the four columns
// packed in p, row-major: s[4*r+c] = x_r . b_c.
func swar2x4(x0, x1 []int8, p [][2]int64) (s [8]int32) {
	n := len(x0)
	x1, p = x1[:n], p[:n]
	var s00, s01, s10, s11 int64
	for k := range p {
		u, v := int64(x0[k]), int64(x1[k])
		p0, p1 := p[k][0], p[k][1]
		s00 += u * p0
		s01 += u * p1
		s10 += v * p0
		s11 += v * p1
	}
	s[0], s[1] = unpair(s00)
	s[2], s[3] = unpair(s01)
	s[4], s[5] = unpair(s10)
	s[6], s[7] = unpair(s11)
	return
}

// unpair splits S = S0 + S1<<32 with S0 known to fit in int32.
func unpair(s int64) (lo, hi int32) {
	lo = int32(s)
	return lo, int32((s - int64(lo)) >> 32)
}

// dotRow computes columns [j0, j1) of one output row from x = a's row over
// [k0, k0+len(x)).
func dotRow(d []int32, x, b []int8, K, j0, j1, k0 int, first bool) {
	n := len(x)
	j := j0
	for ; j+4 <= j1; j += 4 {
		s := dot1x4(x, b[j*K+k0:j*K+k0+n], b[(j+1)*K+k0:(j+1)*K+k0+n],
			b[(j+2)*K+k0:(j+2)*K+k0+n], b[(j+3)*K+k0:(j+3)*K+k0+n])
		put4(d[j:j+4], s[:], first)
	}
	for ; j < j1; j++ {
		y := b[j*K+k0 : j*K+k0+n]
		var s int32
		for k, v := range x {
			s += int32(v) * int32(y[k])
		}
		put1(&d[j], s, first)
	}
}

func put4(d, s []int32, first bool) {
	d, s = d[:4], s[:4]
	if first {
		copy(d, s)
		return
	}
	d[0] += s[0]
	d[1] += s[1]
	d[2] += s[2]
	d[3] += s[3]
}

func put1(d *int32, s int32, first bool) {
	if first {
		*d = s
	} else {
		*d += s
	}
}

// dot1x4 returns x . y0 .. x . y3 (all of length len(x)).
func dot1x4(x, y0, y1, y2, y3 []int8) [4]int32 {
	n := len(x)
	y0, y1, y2, y3 = y0[:n], y1[:n], y2[:n], y3[:n]
	var s0, s1, s2, s3 int32
	for k, v := range x {
		xv := int32(v)
		s0 += xv * int32(y0[k])
		s1 += xv * int32(y1[k])
		s2 += xv * int32(y2[k])
		s3 += xv * int32(y3[k])
	}
	return [4]int32{s0, s1, s2, s3}
}
