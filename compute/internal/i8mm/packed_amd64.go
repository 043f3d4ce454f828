//go:build amd64 && !purego

package i8mm

import (
	"math/bits"
	"sync"
	"unsafe"
)

// packedKernel drives an assembly micro-kernel GotoBLAS-style. B is packed
// one (kc x nc) block at a time into micro-panels of nr columns, shared by
// all workers; each worker packs row blocks (at most mc x kc) of A into
// micro-panels of mr rows, and the kernel computes one mr x nr tile of C
// over a k block from one micro-panel of each (the B micro-panel stays in L1
// or L2 while the A block's micro-panels stream past it), storing the tile
// (first k block) or adding to it. Packed operands are dwords: one per row
// (or column) per k step of kq values, so the kernel reads memory
// sequentially and its broadcasts are 4-byte loads.
type packedKernel struct {
	mr, nr     int
	kq         int  // k values per packed step: 2 (int16 pairs) or 4 (bytes)
	corr       bool // A micro-panels start with mr int32 row corrections
	kc, mc, nc int  // cache block sizes; kc and mc multiples of kq and mr
	packA      func(dst []uint32, a []int8, K, r0, rows, k0, kb, mr int, scratch *[]int8)
	packB      func(dst []uint32, b []int8, K, c0, cols, k0, kb, nr int, scratch *[]int8)
	kernel     func(ap, bp unsafe.Pointer, nk int, c *int32, ldc int, acc int)

	// Products with fewer than dotM rows, or whose tiles would be mostly
	// padding, go to matmulDot instead (packing costs more than it saves);
	// noDot turns that off (tests).
	dotM  int
	noDot bool
}

// bufPools recycle packing buffers between calls, one pool per power-of-two
// capacity so that a small buffer never stands in for a large one.
var bufPools [64]sync.Pool

// getBuf returns a buffer of n dwords (contents undefined), 64-byte aligned
// so that packed steps never straddle cache lines needlessly.
func getBuf(n int) *[]uint32 {
	c := bits.Len(uint(n))
	if p, ok := bufPools[c].Get().(*[]uint32); ok {
		*p = (*p)[:n]
		return p
	}
	raw := make([]uint32, 1<<c+16)
	off := int((64 - uintptr(unsafe.Pointer(&raw[0]))%64) % 64 / 4)
	s := raw[off : off+n : off+1<<c]
	return &s
}

func putBuf(p *[]uint32) { bufPools[bits.Len(uint(cap(*p)))-1].Put(p) }

func (pk *packedKernel) matmul(dst []int32, a, b []int8, M, N, K, workers int) {
	if pk.useDot(M, N, K) {
		matmulDot(dst, a, b, M, N, K, workers)
		return
	}
	mr, nr, kq := pk.mr, pk.nr, pk.kq
	kc := min(pk.kc, (K+kq-1)/kq*kq)
	maxSteps := kc / kq
	nc := min(pk.nc, (N+nr-1)/nr*nr)
	hdr := 0
	if pk.corr {
		hdr = mr
	}
	aPanel := hdr + maxSteps*mr // dwords per A micro-panel
	bPanel := maxSteps * nr     // dwords per B micro-panel

	bbuf := getBuf(nc/nr*bPanel + packSlack)
	defer putBuf(bbuf)
	bp := *bbuf

	// With enough rows, workers take row blocks from a shared cursor, in
	// shrinking blocks so that they finish together even when one of them
	// is slowed down. With fewer than 2*workers micro-panels of rows, each
	// worker owns a fixed rectangle instead: some rows and a share of every
	// block's B micro-panels.
	rparts := min(workers, (M+mr-1)/mr)
	cparts := workers / rparts
	workers = rparts * cparts
	dynamic := M >= 2*workers*mr
	mcw := min(pk.mc, (M+rparts*mr-1)/(rparts*mr)*mr)
	scr := make([]*scratch, workers)
	for w := range scr {
		scr[w] = getScratch(mcw/mr*aPanel+packSlack, mr*nr)
	}
	defer func() {
		for _, s := range scr {
			scratchPool.Put(s)
		}
	}()

	for jc := 0; jc < N; jc += nc {
		nb := min(nc, N-jc)
		npanels := (nb + nr - 1) / nr
		for k0 := 0; k0 < K; k0 += kc {
			kb := min(kc, K-k0)
			blk := kblock{
				dst: dst, a: a, bp: bp, M: M, N: N, K: K, jc: jc, k0: k0, kb: kb,
				steps: (kb + kq - 1) / kq, aPanel: aPanel, bPanel: bPanel,
			}
			if k0 > 0 {
				blk.acc = 1
			}
			parallel(workers, func(w int) {
				p0, p1 := split(npanels, 1, workers, w)
				for p := p0; p < p1; p++ {
					c0 := jc + p*nr
					pk.packB(bp[p*bPanel:], b, K, c0, min(nr, N-c0), k0, kb, nr, &scr[w].rows)
				}
			})
			if !dynamic {
				parallel(workers, func(w int) {
					r0, r1 := split(M, mr, rparts, w%rparts)
					p0, p1 := split(npanels, 1, cparts, w/rparts)
					for ic := r0; ic < r1 && p0 < p1; ic += mcw {
						pk.block(&blk, scr[w], ic, min(r1, ic+mcw), p0, p1)
					}
				})
				continue
			}
			var mu sync.Mutex
			next := 0
			parallel(workers, func(w int) {
				for {
					mu.Lock()
					r0 := next
					rows := (M - r0 + 2*workers - 1) / (2 * workers)
					r1 := min(M, r0+min(mcw, (rows+mr-1)/mr*mr))
					next = r1
					mu.Unlock()
					if r0 >= M {
						return
					}
					pk.block(&blk, scr[w], r0, r1, 0, npanels)
				}
			})
		}
	}
}

// useDot says whether matmulDot is the faster way: for fewer than dotM rows,
// or when padding to whole tiles would more than quadruple the work (and k
// is long enough to amortize matmulDot's per-output cost).
func (pk *packedKernel) useDot(M, N, K int) bool {
	if pk.noDot {
		return false
	}
	padded := (M + pk.mr - 1) / pk.mr * pk.mr * ((N + pk.nr - 1) / pk.nr * pk.nr)
	return M < pk.dotM || (K >= 64 && 4*M*N < padded)
}

// scratch is one worker's private memory, recycled between calls.
type scratch struct {
	abuf []uint32 // packed A block
	tile []int32  // an edge tile of C
	rows []int8   // 8 rows of one k block, for packing short row groups
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func getScratch(abuf, tile int) *scratch {
	s := scratchPool.Get().(*scratch)
	if cap(s.abuf) < abuf {
		s.abuf = make([]uint32, abuf)
	}
	if cap(s.tile) < tile {
		s.tile = make([]int32, tile)
	}
	s.abuf, s.tile = s.abuf[:abuf], s.tile[:tile]
	return s
}

// kblock is one (nc x kc) block of packed B and what goes with it.
type kblock struct {
	dst            []int32
	a              []int8
	bp             []uint32
	M, N, K        int
	jc, k0, kb     int
	steps          int // packed k steps
	aPanel, bPanel int // dwords per packed micro-panel
	acc            int // 1: add to C (not the first k block)
}

// block packs rows [r0, r1) of A for blk's k range and multiplies them with
// blk's B micro-panels [p0, p1) into C.
func (pk *packedKernel) block(blk *kblock, s *scratch, r0, r1, p0, p1 int) {
	mr, nr := pk.mr, pk.nr
	M, N := blk.M, blk.N
	dst, acc, steps := blk.dst, blk.acc, blk.steps
	ap := s.abuf
	ipanels := (r1 - r0 + mr - 1) / mr
	for ip := range ipanels {
		ra := r0 + ip*mr
		pk.packA(ap[ip*blk.aPanel:], blk.a, blk.K, ra, min(mr, r1-ra), blk.k0, blk.kb, mr, &s.rows)
	}
	for p := p0; p < p1; p++ {
		c0 := blk.jc + p*nr
		cols := min(nr, N-c0)
		bptr := unsafe.Pointer(&blk.bp[p*blk.bPanel])
		for ip := range ipanels {
			ra := r0 + ip*mr
			rows := min(mr, M-ra)
			aptr := unsafe.Pointer(&ap[ip*blk.aPanel])
			if rows == mr && cols == nr {
				pk.kernel(aptr, bptr, steps, &dst[ra*N+c0], N, acc)
				continue
			}
			// Edge tile: compute the full tile aside, keep the valid part.
			pk.kernel(aptr, bptr, steps, &s.tile[0], nr, 0)
			for r := range rows {
				d := dst[(ra+r)*N+c0 : (ra+r)*N+c0+cols]
				t := s.tile[r*nr : r*nr+cols]
				if acc == 0 {
					copy(d, t)
				} else {
					for j := range d {
						d[j] += t[j]
					}
				}
			}
		}
	}
}

// packPanel packs rows [r0, r0+rows) of x (row length K), k range
// [k0, k0+kb), into dst: k step s of row r goes to dword dst[s*stride+r],
// holding kq consecutive values (kq = 2: two int16 sign-extended from the
// int8s, low half first; kq = 4: the four bytes XOR flip). k past kb is zero.
// Rows in [rows, stride) are padding: their outputs are never read back, so
// they may hold anything (whatever rows follow in x, or zeros).
//
// Whole 16-byte (pairs) or 32-byte (quads) chunks of 8 rows go through the
// assembly transposes; the rest, at most one chunk per row, is done here. A
// group of 8 rows that goes past stride (stride 6) spills its extra dwords
// into the next step, which is rewritten afterwards, or past the panel end:
// buffers carry packSlack dwords of room for that, and groups are done last
// to first so that later groups never clobber earlier ones.
func packPanel(dst []uint32, x []int8, K, r0, rows, k0, kb, stride int, scratch *[]int8, kq int, flip uint32) {
	chunk := 8 * kq // bytes of one row per asm chunk: 8 steps
	n := kb / (8 * kq)
	steps := (kb + kq - 1) / kq
	if n > 0 {
		total := len(x) / K
		groups := (stride + 7) / 8
		if need := 8*(groups-1) + (8*n-1)*stride + 8; cap(dst) < need {
			panic("i8mm: packing buffer without slack")
		}
		for g := groups - 1; g >= 0; g-- {
			gr := r0 + 8*g
			src, lda := unsafe.Pointer(nil), K
			if gr+8 <= total {
				src = unsafe.Pointer(&x[gr*K+k0])
			} else {
				// Rows missing at the end of x: pack from a zero-padded copy.
				lda = n * chunk
				if cap(*scratch) < 8*lda {
					*scratch = make([]int8, 8*lda)
				}
				sc := (*scratch)[:8*lda]
				clear(sc)
				for r := range min(8, total-gr) {
					copy(sc[r*lda:(r+1)*lda], x[(gr+r)*K+k0:])
				}
				src = unsafe.Pointer(&sc[0])
			}
			d := unsafe.Pointer(unsafe.SliceData(dst[8*g:]))
			if kq == 2 {
				packPairs8(d, src, lda, n, 4*stride)
			} else {
				packQuads8(d, src, lda, n, 4*stride, flip)
			}
		}
	}
	s0 := 8 * n
	if s0 == steps {
		return
	}
	dst = dst[:steps*stride]
	for r := range stride {
		if r >= rows {
			for s := s0; s < steps; s++ {
				dst[s*stride+r] = 0
			}
			continue
		}
		row := x[(r0+r)*K+k0 : (r0+r)*K+k0+kb]
		for s := s0; s < steps; s++ {
			var w uint32
			for t := range kq {
				if k := s*kq + t; k < kb {
					if kq == 2 {
						w |= uint32(uint16(int16(row[k]))) << (16 * t)
					} else {
						w |= uint32(uint8(row[k])^uint8(flip)) << (8 * t)
					}
				}
			}
			dst[s*stride+r] = w
		}
	}
}

// packSlack is the room packPanel may write past a panel's last step.
const packSlack = 8

func packAPairs(dst []uint32, a []int8, K, r0, rows, k0, kb, mr int, scratch *[]int8) {
	packPanel(dst, a, K, r0, rows, k0, kb, mr, scratch, 2, 0)
}

func packBPairs(dst []uint32, b []int8, K, c0, cols, k0, kb, nr int, scratch *[]int8) {
	packPanel(dst, b, K, c0, cols, k0, kb, nr, scratch, 2, 0)
}

// packAQuads writes the row corrections -128*sum_k a[r][k] (mod 2^32) in
// front of the packed rows: the kernel starts its sums from them, cancelling
// the +128 offset packBQuads puts on every b.
func packAQuads(dst []uint32, a []int8, K, r0, rows, k0, kb, mr int, scratch *[]int8) {
	packPanel(dst[mr:], a, K, r0, rows, k0, kb, mr, scratch, 4, 0)
	for r := range mr {
		var s int32
		if r < rows {
			row := a[(r0+r)*K+k0 : (r0+r)*K+k0+kb]
			n := len(row) / 32
			if n > 0 {
				// sumBiased adds x+128 over the chunks.
				s = int32(sumBiased(unsafe.Pointer(&row[0]), n)) - int32(128*32*n)
			}
			for _, v := range row[32*n:] {
				s += int32(v)
			}
		}
		dst[r] = uint32(-128 * s)
	}
}

func packBQuads(dst []uint32, b []int8, K, c0, cols, k0, kb, nr int, scratch *[]int8) {
	packPanel(dst, b, K, c0, cols, k0, kb, nr, scratch, 4, 0x80808080)
}
