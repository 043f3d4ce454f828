//go:build amd64 && !purego

package khash

// permuters lists the multi-way permutations this CPU can run (for tests).
func permuters() []permuter {
	var ps []permuter
	if hasBMI {
		ps = append(ps, permuter{"scalar-bmi", 1, func(st []uint64) { keccakF1600BMI((*[25]uint64)(st)) }})
	}
	if hasAVX2 {
		ps = append(ps, permuter{"avx2x4", 4, func(st []uint64) { permuteX4AVX2((*[100]uint64)(st)) }})
	}
	if hasAVX512 {
		ps = append(ps, permuter{"avx512x8", 8, func(st []uint64) { permuteX8AVX512((*[200]uint64)(st)) }})
	}
	return ps
}
