//go:build !amd64 || purego

package khash

// detectBackends lists the implementations this build can run, best first.
func detectBackends() []*backend { return []*backend{generic} }

func leavesBatch(kind int, dst *Hash, data *byte, n int) { panic("khash: no batch backend") }

func nodesBatch(kind int, dst *Hash, src *Hash, n int) { panic("khash: no batch backend") }

func permute(a *[25]uint64, fast bool) { keccakF1600Generic(a) }
