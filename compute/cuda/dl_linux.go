//go:build linux

package cuda

import (
	"fmt"

	"github.com/ebitengine/purego"
)

// openLibrary dlopens a shared library, binding all its symbols now so that
// a broken install fails here rather than in the middle of a job.
func openLibrary(path string) (uintptr, error) {
	lib, err := purego.Dlopen(path, purego.RTLD_NOW|purego.RTLD_LOCAL)
	if err != nil {
		return 0, fmt.Errorf("cannot load %s: %w", path, err)
	}
	return lib, nil
}

// bindSymbol points *fptr (a Go func variable of the C function's signature)
// at the library's symbol name.
func bindSymbol(lib uintptr, fptr any, name string) error {
	sym, err := purego.Dlsym(lib, name)
	if err != nil {
		return err
	}
	purego.RegisterFunc(fptr, sym)
	return nil
}
