//go:build !amd64 || purego

package i8mm

// Without the amd64 kernels only the portable implementation exists.
func archImpls() []*impl { return nil }
