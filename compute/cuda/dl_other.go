//go:build !linux

package cuda

import (
	"errors"
	"runtime"
)

var errNotLinux = errors.New("the CUDA backend runs on linux only, not " + runtime.GOOS)

func openLibrary(string) (uintptr, error) { return 0, errNotLinux }

func bindSymbol(uintptr, any, string) error { return errNotLinux }
