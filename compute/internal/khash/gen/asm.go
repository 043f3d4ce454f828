package main

import (
	"fmt"
	"log"
	"sort"
)

// A lane source says how one 64-bit input lane of a padded message is formed
// from the message bytes: an (unaligned) little-endian load at off, shifted
// left (sh > 0) or right (sh < 0), ORed with or; or, if !load, the constant or
// (zero lanes are simply absent).
type lane struct {
	load bool
	off  int
	sh   int
	or   uint64
}

// A block is one 136-byte rate block: up to 17 lane sources, index = lane.
type block [17]*lane

const pad80 = 0x80 << 56

// leafLane describes lane g (0-135) of 0x00 || chunk(1024) with legacy Keccak
// padding: stream byte i is chunk[i-1], so lane g is the load at 8g-1, except
// lane 0 (tag byte 0x00 below chunk[0..6]) and lane 128 (chunk[1023], then the
// 0x01 pad byte); lane 135 ends with the 0x80 pad byte.
func leafLane(g int) *lane {
	switch {
	case g == 0:
		return &lane{load: true, off: 0, sh: 8}
	case g <= 127:
		return &lane{load: true, off: 8*g - 1}
	case g == 128:
		return &lane{load: true, off: 1016, sh: -56, or: 0x100}
	case g == 135:
		return &lane{or: pad80}
	}
	return nil
}

// leafBlock is rate block b of a leaf, with offsets relative to chunk+base.
func leafBlock(b int, base int) (bl block) {
	for i := range bl {
		l := leafLane(17*b + i)
		if l != nil && l.load {
			c := *l
			c.off -= base
			l = &c
		}
		bl[i] = l
	}
	return
}

// nodeBlock describes 0x01 || left || right (65 bytes) with padding.
func nodeBlock() (bl block) {
	bl[0] = &lane{load: true, off: 0, sh: 8, or: 0x01}
	for g := 1; g <= 7; g++ {
		bl[g] = &lane{load: true, off: 8*g - 1}
	}
	bl[8] = &lane{load: true, off: 56, sh: -56, or: 0x100}
	bl[16] = &lane{or: pad80}
	return
}

// A load unit is one 16-byte load per message feeding one or two lanes.
type unit struct {
	off    int
	lo, hi int // lane indexes fed by the low/high qword, -1 if unused
}

// units groups the loads of a block: lanes whose offsets are 8 apart share a
// 16-byte load; a lone lane loads 16 bytes at its offset, or ending at its
// offset+8 when that would run past limit (the readable bytes from base).
func units(bl block, limit int) []unit {
	var us []unit
	for i := 0; i < 17; i++ {
		l := bl[i]
		if l == nil || !l.load {
			continue
		}
		if i+1 < 17 && bl[i+1] != nil && bl[i+1].load && bl[i+1].off == l.off+8 {
			us = append(us, unit{l.off, i, i + 1})
			i++
			continue
		}
		switch {
		case l.off+16 <= limit:
			us = append(us, unit{l.off, i, -1})
		case l.off >= 8:
			us = append(us, unit{l.off - 8, -1, i})
		default:
			log.Fatalf("lane %d at %d: no 16-byte load within [0, %d)", i, l.off, limit)
		}
	}
	return us
}

type consts struct {
	x4 map[uint64]bool // 32-byte broadcast tables (AVX2)
	x1 map[uint64]bool // 8-byte scalars (AVX-512 embedded broadcast)
}

var cst = consts{map[uint64]bool{}, map[uint64]bool{}}

func cx4(v uint64) string { cst.x4[v] = true; return fmt.Sprintf("kx4_%x<>(SB)", v) }
func cx1(v uint64) string { cst.x1[v] = true; return fmt.Sprintf("kx1_%x<>(SB)", v) }

// ---------------------------------------------------------------- AVX2, 4 ways

// avx2 keeps the 4-way state in memory (25 lanes x 32 bytes at R10): 16 YMM
// registers cannot hold it. Registers in the permutation: Y0-Y4 column
// parities C (accumulated while the previous round's chi results are stored),
// Y5-Y9 theta effects D, Y10-Y14 one row B, Y15 scratch.
type avx2 struct{ e *emitter }

func slot4(s int) string { return fmt.Sprintf("%d(R10)", 32*s) }

func (a avx2) rotate(r string, n int) {
	e := a.e
	switch n {
	case 0:
	case 8:
		e.f("\tVPSHUFB rot8<>(SB), %s, %s", r, r)
	case 56:
		e.f("\tVPSHUFB rot56<>(SB), %s, %s", r, r)
	default:
		e.f("\tVPSLLQ $%d, %s, Y15", n, r)
		e.f("\tVPSRLQ $%d, %s, %s", 64-n, r, r)
		e.f("\tVPOR Y15, %s, %s", r, r)
	}
}

func (a avx2) permute(label string) {
	e := a.e
	shift, P := bestShift()
	y := func(i int) string { return fmt.Sprintf("Y%d", i) }
	e.f("\t// Keccak-f[1600] x4 on the state at R10.")
	e.f("\tLEAQ rcx4<>(SB), R8")
	e.f("\tMOVQ $%d, CX", 24/P)
	m := identity()
	for x := 0; x < 5; x++ {
		e.f("\tVMOVDQU %s, %s", slot4(m[x][0]), y(x))
		for yy := 1; yy < 5; yy++ {
			e.f("\tVPXOR %s, %s, %s", slot4(m[x][yy]), y(x), y(x))
		}
	}
	e.f("%s:", label)
	for k := 0; k < P; k++ {
		for x := 0; x < 5; x++ {
			c1, d := y((x+1)%5), y(5+x)
			e.f("\tVPADDQ %s, %s, %s", c1, c1, d)
			e.f("\tVPSRLQ $63, %s, Y15", c1)
			e.f("\tVPXOR Y15, %s, %s", d, d)
			e.f("\tVPXOR %s, %s, %s", y((x+4)%5), d, d)
		}
		for Y := 0; Y < 5; Y++ {
			var sl [5]int
			for X := 0; X < 5; X++ {
				sx, sy := srcOf(X, Y)
				sl[X] = m[sx][sy]
				e.f("\tVPXOR %s, %s, %s", slot4(sl[X]), y(5+sx), y(10+X))
				a.rotate(y(10+X), rho[sx][sy])
			}
			for X := 0; X < 5; X++ {
				t := "Y15"
				if Y == 0 {
					t = y(X)
				}
				e.f("\tVPANDN %s, %s, %s", y(10+(X+2)%5), y(10+(X+1)%5), t)
				e.f("\tVPXOR %s, %s, %s", y(10+X), t, t)
				if X == 0 && Y == 0 {
					e.f("\tVPXOR %d(R8), %s, %s", 32*k, t, t)
				}
				e.f("\tVMOVDQU %s, %s", t, slot4(m.dst(X, Y, shift)))
				if Y > 0 {
					e.f("\tVPXOR Y15, %s, %s", y(X), y(X))
				}
			}
		}
		m = m.next(shift)
	}
	e.f("\tADDQ $%d, R8", 32*P)
	e.f("\tDECQ CX")
	e.f("\tJNZ %s", label)
}

// absorb XORs (or, if first, stores) block bl of the 4 messages at base,
// base+stride, ... into the state; limit bounds the readable bytes from base.
func (a avx2) absorb(bl block, base string, stride, limit int, first bool) {
	e := a.e
	put := func(i int, v string) {
		if !first {
			e.f("\tVPXOR %s, %s, %s", slot4(i), v, v)
		}
		e.f("\tVMOVDQU %s, %s", v, slot4(i))
	}
	for _, u := range units(bl, limit) {
		e.f("\tVMOVDQU %d(%s), X0", u.off, base)
		e.f("\tVINSERTI128 $1, %d(%s), Y0, Y0", u.off+2*stride, base)
		e.f("\tVMOVDQU %d(%s), X1", u.off+stride, base)
		e.f("\tVINSERTI128 $1, %d(%s), Y1, Y1", u.off+3*stride, base)
		for _, h := range []struct {
			i  int
			op string
			r  string
		}{{u.lo, "VPUNPCKLQDQ", "Y2"}, {u.hi, "VPUNPCKHQDQ", "Y3"}} {
			if h.i < 0 {
				continue
			}
			l := bl[h.i]
			e.f("\t%s Y1, Y0, %s", h.op, h.r)
			if l.sh > 0 {
				e.f("\tVPSLLQ $%d, %s, %s", l.sh, h.r, h.r)
			} else if l.sh < 0 {
				e.f("\tVPSRLQ $%d, %s, %s", -l.sh, h.r, h.r)
			}
			if l.or != 0 {
				e.f("\tVPOR %s, %s, %s", cx4(l.or), h.r, h.r)
			}
			put(h.i, h.r)
		}
	}
	for i := 0; i < 25; i++ {
		if i < 17 && bl[i] != nil && !bl[i].load {
			if first {
				e.f("\tVMOVDQU %s, Y4", cx4(bl[i].or))
			} else {
				e.f("\tVMOVDQU %s, Y4", slot4(i))
				e.f("\tVPXOR %s, Y4, Y4", cx4(bl[i].or))
			}
			e.f("\tVMOVDQU Y4, %s", slot4(i))
		} else if first && (i >= 17 || bl[i] == nil) {
			e.f("\tVPXOR Y5, Y5, Y5")
			e.f("\tVMOVDQU Y5, %s", slot4(i))
		}
	}
}

// squeeze writes the 4 digests (lanes 0-3 of each instance) to DI.
func (a avx2) squeeze() {
	e := a.e
	for i := 0; i < 4; i++ {
		e.f("\tVMOVDQU %s, Y%d", slot4(i), i)
	}
	e.f("\tVPUNPCKLQDQ Y1, Y0, Y4")
	e.f("\tVPUNPCKHQDQ Y1, Y0, Y5")
	e.f("\tVPUNPCKLQDQ Y3, Y2, Y6")
	e.f("\tVPUNPCKHQDQ Y3, Y2, Y7")
	e.f("\tVPERM2I128 $0x20, Y6, Y4, Y8")
	e.f("\tVPERM2I128 $0x20, Y7, Y5, Y9")
	e.f("\tVPERM2I128 $0x31, Y6, Y4, Y10")
	e.f("\tVPERM2I128 $0x31, Y7, Y5, Y11")
	for i := 0; i < 4; i++ {
		e.f("\tVMOVDQU Y%d, %d(DI)", 8+i, 32*i)
	}
}

func (a avx2) frame() {
	a.e.f("\tLEAQ 31(SP), R10")
	a.e.f("\tANDQ $~31, R10")
}

func genAVX2(e *emitter) {
	a := avx2{e}
	e.f("// keccakx4avx2 permutes the 4-way state at R10; it clobbers Y0-Y15, R8, CX.")
	e.f("// One shared copy keeps the callers small.")
	e.f("TEXT keccakx4avx2<>(SB), NOSPLIT, $0")
	a.permute("loop")
	e.f("\tRET")
	e.f("")
	e.f("// func permuteX4AVX2(st *[100]uint64)")
	e.f("TEXT ·permuteX4AVX2(SB), NOSPLIT, $0-8")
	e.f("\tMOVQ st+0(FP), R10")
	e.f("\tCALL keccakx4avx2<>(SB)")
	e.f("\tVZEROUPPER")
	e.f("\tRET")
	e.f("")

	e.f("// func leavesX4AVX2(dst *Hash, data *byte, n int)")
	e.f("TEXT ·leavesX4AVX2(SB), 0, $832-24")
	e.f("\tMOVQ dst+0(FP), DI")
	e.f("\tMOVQ data+8(FP), SI")
	e.f("\tMOVQ n+16(FP), DX")
	e.f("\tTESTQ DX, DX")
	e.f("\tJZ done")
	a.frame()
	e.f("group:")
	a.absorb(leafBlock(0, 0), "SI", 1024, 1024, true)
	e.f("\tXORQ BX, BX")
	e.f("\tLEAQ 135(SI), R9")
	e.f("next:")
	e.f("\tCALL keccakx4avx2<>(SB)")
	e.f("\tINCQ BX")
	e.f("\tCMPQ BX, $7")
	e.f("\tJLT mid")
	e.f("\tJEQ last")
	a.squeeze()
	e.f("\tADDQ $128, DI")
	e.f("\tADDQ $4096, SI")
	e.f("\tDECQ DX")
	e.f("\tJNZ group")
	e.f("\tVZEROUPPER")
	e.f("done:")
	e.f("\tRET")
	e.f("mid:")
	e.f("\t// Blocks 1-6 are 17 plain lanes from R9 = chunk + 136*b - 1.")
	a.absorb(leafBlock(1, 135), "R9", 1024, 1024-6*136+1, false)
	e.f("\tADDQ $136, R9")
	e.f("\tJMP next")
	e.f("last:")
	a.absorb(leafBlock(7, 0), "SI", 1024, 1024, false)
	e.f("\tJMP next")
	e.f("")

	e.f("// func nodesX4AVX2(dst *Hash, src *Hash, n int)")
	e.f("TEXT ·nodesX4AVX2(SB), 0, $832-24")
	e.f("\tMOVQ dst+0(FP), DI")
	e.f("\tMOVQ src+8(FP), SI")
	e.f("\tMOVQ n+16(FP), DX")
	e.f("\tTESTQ DX, DX")
	e.f("\tJZ done")
	a.frame()
	e.f("group:")
	a.absorb(nodeBlock(), "SI", 64, 64, true)
	e.f("\tCALL keccakx4avx2<>(SB)")
	a.squeeze()
	e.f("\tADDQ $128, DI")
	e.f("\tADDQ $256, SI")
	e.f("\tDECQ DX")
	e.f("\tJNZ group")
	e.f("\tVZEROUPPER")
	e.f("done:")
	e.f("\tRET")
	e.f("")
}

// ---------------------------------------------------------------- AVX-512

// avx512 keeps the w-way state in registers (lane s in register s, 0-24) using
// VPROLQ for rotations and VPTERNLOGQ for chi and three-way XORs. Registers
// 25-29 hold C, 30-31 are scratch; the absorb and squeeze use 25-28. Only w 8
// (ZMM) is generated: w 4 (YMM with AVX-512VL) measured half the throughput,
// since a ZMM op cost about as much as a YMM one on the machine tried.
type avx512 struct {
	e *emitter
	w int
}

func (a avx512) r(i int) string {
	if a.w == 8 {
		return fmt.Sprintf("Z%d", i)
	}
	return fmt.Sprintf("Y%d", i)
}

func (a avx512) permute() {
	e, r := a.e, a.r
	e.f("\t// Keccak-f[1600] x%d on the state in registers 0-24, fully unrolled.", a.w)
	m := identity()
	for k := 0; k < 24; k++ {
		for x := 0; x < 5; x++ {
			c := r(25 + x)
			e.f("\tVMOVDQA64 %s, %s", r(m[x][0]), c)
			e.f("\tVPTERNLOGQ $0x96, %s, %s, %s", r(m[x][2]), r(m[x][1]), c)
			e.f("\tVPTERNLOGQ $0x96, %s, %s, %s", r(m[x][4]), r(m[x][3]), c)
		}
		for x := 0; x < 5; x++ {
			t := r(30 + x%2)
			e.f("\tVPROLQ $1, %s, %s", r(25+(x+1)%5), t)
			for y := 0; y < 5; y++ {
				e.f("\tVPTERNLOGQ $0x96, %s, %s, %s", t, r(25+(x+4)%5), r(m[x][y]))
			}
		}
		for x := 0; x < 5; x++ {
			for y := 0; y < 5; y++ {
				if n := rho[x][y]; n != 0 {
					e.f("\tVPROLQ $%d, %s, %s", n, r(m[x][y]), r(m[x][y]))
				}
			}
		}
		for Y := 0; Y < 5; Y++ {
			var b [5]string
			for X := 0; X < 5; X++ {
				sx, sy := srcOf(X, Y)
				b[X] = r(m[sx][sy])
			}
			t0, t1 := r(30), r(31)
			// Two ANDNs into scratch save copying b0 and b1 first (ZMM
			// moves measured as costly as the ops).
			e.f("\tVPANDNQ %s, %s, %s", b[0], b[4], t0)
			e.f("\tVPANDNQ %s, %s, %s", b[1], b[0], t1)
			e.f("\tVPTERNLOGQ $0xd2, %s, %s, %s", b[2], b[1], b[0])
			e.f("\tVPTERNLOGQ $0xd2, %s, %s, %s", b[3], b[2], b[1])
			e.f("\tVPTERNLOGQ $0xd2, %s, %s, %s", b[4], b[3], b[2])
			e.f("\tVPXORQ %s, %s, %s", t0, b[3], b[3])
			e.f("\tVPXORQ %s, %s, %s", t1, b[4], b[4])
			if Y == 0 {
				e.f("\tVPXORQ.BCST rc1<>+%d(SB), %s, %s", 8*k, b[0], b[0])
			}
		}
		m = m.next(0)
	}
	if m != identity() {
		panic("AVX-512 storage map is not the identity after 24 rounds")
	}
}

func (a avx512) absorb(bl block, base string, stride, limit int, first bool) {
	e, r := a.e, a.r
	x := func(i int) string { return fmt.Sprintf("X%d", i) }
	for _, u := range units(bl, limit) {
		for j := 0; j < 2; j++ {
			e.f("\tVMOVDQU64 %d(%s), %s", u.off+j*stride, base, x(25+j))
			for i := 1; i < a.w/2; i++ {
				e.f("\tVINSERTI32X4 $%d, %d(%s), %s, %s", i, u.off+(2*i+j)*stride, base, r(25+j), r(25+j))
			}
		}
		for _, h := range []struct {
			i  int
			op string
		}{{u.lo, "VPUNPCKLQDQ"}, {u.hi, "VPUNPCKHQDQ"}} {
			if h.i < 0 {
				continue
			}
			l := bl[h.i]
			v := r(h.i)
			if !first {
				v = r(27)
			}
			e.f("\t%s %s, %s, %s", h.op, r(26), r(25), v)
			if l.sh > 0 {
				e.f("\tVPSLLQ $%d, %s, %s", l.sh, v, v)
			} else if l.sh < 0 {
				e.f("\tVPSRLQ $%d, %s, %s", -l.sh, v, v)
			}
			if l.or != 0 {
				e.f("\tVPORQ.BCST %s, %s, %s", cx1(l.or), v, v)
			}
			if !first {
				e.f("\tVPXORQ %s, %s, %s", v, r(h.i), r(h.i))
			}
		}
	}
	for i := 0; i < 25; i++ {
		if i < 17 && bl[i] != nil && !bl[i].load {
			if first {
				e.f("\tVPBROADCASTQ %s, %s", cx1(bl[i].or), r(i))
			} else {
				e.f("\tVPXORQ.BCST %s, %s, %s", cx1(bl[i].or), r(i), r(i))
			}
		} else if first && (i >= 17 || bl[i] == nil) {
			e.f("\tVPXORQ %s, %s, %s", r(i), r(i), r(i))
		}
	}
}

func (a avx512) squeeze() {
	e, r := a.e, a.r
	e.f("\tVPUNPCKLQDQ %s, %s, %s", r(1), r(0), r(25))
	e.f("\tVPUNPCKHQDQ %s, %s, %s", r(1), r(0), r(26))
	e.f("\tVPUNPCKLQDQ %s, %s, %s", r(3), r(2), r(27))
	e.f("\tVPUNPCKHQDQ %s, %s, %s", r(3), r(2), r(28))
	// 128-bit lane i of 25/27 holds instance 2i's lanes 0-1/2-3, of 26/28 instance 2i+1's.
	for i := 0; i < a.w/2; i++ {
		e.f("\tVEXTRACTI32X4 $%d, %s, %d(DI)", i, r(25), 64*i)
		e.f("\tVEXTRACTI32X4 $%d, %s, %d(DI)", i, r(27), 64*i+16)
		e.f("\tVEXTRACTI32X4 $%d, %s, %d(DI)", i, r(26), 64*i+32)
		e.f("\tVEXTRACTI32X4 $%d, %s, %d(DI)", i, r(28), 64*i+48)
	}
}

func genAVX512(e *emitter, w int) {
	a := avx512{e, w}
	sfx := fmt.Sprintf("X%dAVX512", w)
	vb := 8 * w
	e.f("// keccakx%davx512 permutes the %d-way state in registers 0-24; it clobbers 25-31.", w, w)
	e.f("TEXT keccakx%davx512<>(SB), NOSPLIT, $0", w)
	a.permute()
	e.f("\tRET")
	e.f("")
	e.f("// func permute%s(st *[%d]uint64)", sfx, 25*w)
	e.f("TEXT ·permute%s(SB), NOSPLIT, $0-8", sfx)
	e.f("\tMOVQ st+0(FP), DI")
	for i := 0; i < 25; i++ {
		e.f("\tVMOVDQU64 %d(DI), %s", vb*i, a.r(i))
	}
	e.f("\tCALL keccakx%davx512<>(SB)", w)
	for i := 0; i < 25; i++ {
		e.f("\tVMOVDQU64 %s, %d(DI)", a.r(i), vb*i)
	}
	e.f("\tVZEROUPPER")
	e.f("\tRET")
	e.f("")

	e.f("// func leaves%s(dst *Hash, data *byte, n int)", sfx)
	e.f("TEXT ·leaves%s(SB), NOSPLIT, $0-24", sfx)
	e.f("\tMOVQ dst+0(FP), DI")
	e.f("\tMOVQ data+8(FP), SI")
	e.f("\tMOVQ n+16(FP), DX")
	e.f("\tTESTQ DX, DX")
	e.f("\tJZ done")
	e.f("group:")
	a.absorb(leafBlock(0, 0), "SI", 1024, 1024, true)
	e.f("\tXORQ BX, BX")
	e.f("\tLEAQ 135(SI), R9")
	e.f("next:")
	e.f("\tCALL keccakx%davx512<>(SB)", w)
	e.f("\tINCQ BX")
	e.f("\tCMPQ BX, $7")
	e.f("\tJLT mid")
	e.f("\tJEQ last")
	a.squeeze()
	e.f("\tADDQ $%d, DI", 32*w)
	e.f("\tADDQ $%d, SI", 1024*w)
	e.f("\tDECQ DX")
	e.f("\tJNZ group")
	e.f("\tVZEROUPPER")
	e.f("done:")
	e.f("\tRET")
	e.f("mid:")
	a.absorb(leafBlock(1, 135), "R9", 1024, 1024-6*136+1, false)
	e.f("\tADDQ $136, R9")
	e.f("\tJMP next")
	e.f("last:")
	a.absorb(leafBlock(7, 0), "SI", 1024, 1024, false)
	e.f("\tJMP next")
	e.f("")

	e.f("// func nodes%s(dst *Hash, src *Hash, n int)", sfx)
	e.f("TEXT ·nodes%s(SB), NOSPLIT, $0-24", sfx)
	e.f("\tMOVQ dst+0(FP), DI")
	e.f("\tMOVQ src+8(FP), SI")
	e.f("\tMOVQ n+16(FP), DX")
	e.f("\tTESTQ DX, DX")
	e.f("\tJZ done")
	e.f("group:")
	a.absorb(nodeBlock(), "SI", 64, 64, true)
	e.f("\tCALL keccakx%davx512<>(SB)", w)
	a.squeeze()
	e.f("\tADDQ $%d, DI", 32*w)
	e.f("\tADDQ $%d, SI", 64*w)
	e.f("\tDECQ DX")
	e.f("\tJNZ group")
	e.f("\tVZEROUPPER")
	e.f("done:")
	e.f("\tRET")
	e.f("")
}

func genAsm() []byte {
	var e emitter
	e.f("// Code generated by gen/main.go; DO NOT EDIT.")
	e.f("")
	e.f("//go:build amd64 && !purego")
	e.f("")
	e.f(`#include "textflag.h"`)
	e.f("")
	genScalar(&e)
	genAVX2(&e)
	genAVX512(&e, 8)

	// Round constants: broadcast to 4 lanes for AVX2, scalar for AVX-512.
	for i, c := range rc {
		for j := 0; j < 4; j++ {
			e.f("DATA rcx4<>+%d(SB)/8, $%#016x", 32*i+8*j, c)
		}
	}
	e.f("GLOBL rcx4<>(SB), RODATA|NOPTR, $%d", 32*24)
	for i, c := range rc {
		e.f("DATA rc1<>+%d(SB)/8, $%#016x", 8*i, c)
	}
	e.f("GLOBL rc1<>(SB), RODATA|NOPTR, $%d", 8*24)
	// PSHUFB masks rotating each qword left by 8 and 56 bits.
	for _, t := range []struct {
		name string
		d    int
	}{{"rot8", 7}, {"rot56", 1}} {
		for q := 0; q < 4; q++ {
			var v uint64
			for i := 0; i < 8; i++ {
				v |= uint64(8*(q%2)+(i+t.d)%8) << (8 * i)
			}
			e.f("DATA %s<>+%d(SB)/8, $%#016x", t.name, 8*q, v)
		}
		e.f("GLOBL %s<>(SB), RODATA|NOPTR, $32", t.name)
	}
	for _, v := range sorted(cst.x4) {
		for j := 0; j < 4; j++ {
			e.f("DATA kx4_%x<>+%d(SB)/8, $%#016x", v, 8*j, v)
		}
		e.f("GLOBL kx4_%x<>(SB), RODATA|NOPTR, $32", v)
	}
	for _, v := range sorted(cst.x1) {
		e.f("DATA kx1_%x<>+0(SB)/8, $%#016x", v, v)
		e.f("GLOBL kx1_%x<>(SB), RODATA|NOPTR, $8", v)
	}
	return e.Bytes()
}

func sorted(m map[uint64]bool) []uint64 {
	var s []uint64
	for v := range m {
		s = append(s, v)
	}
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s
}

// ---------------------------------------------------------------- scalar, BMI1/BMI2

// genScalar emits keccakF1600BMI: one state in memory at DI, with ANDN (BMI1)
// for chi and RORX (BMI2) for theta's non-destructive rotations. Registers:
// D in R8-R12 (C in AX-SI first), one row B in AX-SI, R13 scratch; the round
// constant pointer and loop count live in the frame since no register is left.
func genScalar(e *emitter) {
	shift, P := bestShift()
	B := []string{"AX", "BX", "CX", "DX", "SI"}
	D := []string{"R8", "R9", "R10", "R11", "R12"}
	slot := func(s int) string { return fmt.Sprintf("%d(DI)", 8*s) }
	e.f("// func keccakF1600BMI(a *[25]uint64)")
	e.f("TEXT ·keccakF1600BMI(SB), NOSPLIT, $16-8")
	e.f("\tMOVQ a+0(FP), DI")
	e.f("\tLEAQ rc1<>(SB), AX")
	e.f("\tMOVQ AX, 0(SP)")
	e.f("\tMOVQ $%d, 8(SP)", 24/P)
	e.f("loop:")
	m := identity()
	for k := 0; k < P; k++ {
		for x := 0; x < 5; x++ {
			e.f("\tMOVQ %s, %s", slot(m[x][0]), B[x])
			for y := 1; y < 5; y++ {
				e.f("\tXORQ %s, %s", slot(m[x][y]), B[x])
			}
		}
		for x := 0; x < 5; x++ {
			e.f("\tRORXQ $63, %s, %s", B[(x+1)%5], D[x])
			e.f("\tXORQ %s, %s", B[(x+4)%5], D[x])
		}
		for Y := 0; Y < 5; Y++ {
			for X := 0; X < 5; X++ {
				sx, sy := srcOf(X, Y)
				e.f("\tMOVQ %s, %s", slot(m[sx][sy]), B[X])
				e.f("\tXORQ %s, %s", D[sx], B[X])
				if n := rho[sx][sy]; n != 0 {
					e.f("\tROLQ $%d, %s", n, B[X])
				}
			}
			// X=0 last in row 0: B3 is dead by then and carries the constant pointer.
			for _, X := range []int{1, 2, 3, 4, 0} {
				e.f("\tANDNQ %s, %s, R13", B[(X+2)%5], B[(X+1)%5])
				e.f("\tXORQ %s, R13", B[X])
				if X == 0 && Y == 0 {
					e.f("\tMOVQ 0(SP), %s", B[3])
					e.f("\tXORQ %d(%s), R13", 8*k, B[3])
				}
				e.f("\tMOVQ R13, %s", slot(m.dst(X, Y, shift)))
			}
		}
		m = m.next(shift)
	}
	e.f("\tADDQ $%d, 0(SP)", 8*P)
	e.f("\tDECQ 8(SP)")
	e.f("\tJNZ loop")
	e.f("\tRET")
	e.f("")
}
