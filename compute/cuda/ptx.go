package cuda

import (
	"embed"
	"path"
	"strings"
)

// ptxFS holds the PTX that `make ptx` builds from kernels/*.cu (one
// kernels/X.cu -> ptx/X.ptx). Embedding the directory rather than a *.ptx
// pattern keeps the package building when no PTX has been generated: the
// directory always holds its README.md, and the backend then reports itself
// unavailable.
//
//go:embed ptx
var ptxFS embed.FS

// embeddedPTX returns the embedded PTX modules by name (X for ptx/X.ptx);
// empty when none were built.
func embeddedPTX() map[string][]byte {
	entries, err := ptxFS.ReadDir("ptx")
	if err != nil {
		return nil
	}
	mods := map[string][]byte{}
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".ptx")
		if !ok || e.IsDir() {
			continue
		}
		data, err := ptxFS.ReadFile(path.Join("ptx", e.Name()))
		if err == nil && len(data) > 0 {
			mods[name] = data
		}
	}
	return mods
}
