//go:build !amd64 || purego

package khash

// permuters lists the multi-way permutations this build can run (for tests).
func permuters() []permuter { return nil }
