package npy

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/crux-rollup/crux/compute"
)

var update = flag.Bool("update", false, "rewrite the seed corpus under testdata/fuzz/FuzzRead")

func randTensor(rng *rand.Rand, dt compute.DType, s compute.Shape) compute.Tensor {
	t := compute.NewTensor(dt, s)
	for i := range t.Data {
		t.Data[i] = byte(rng.Uint32())
	}
	return t
}

func equalTensors(a, b compute.Tensor) bool {
	return a.DType == b.DType && a.Shape.Equal(b.Shape) && bytes.Equal(a.Data, b.Data)
}

func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	shapes := []compute.Shape{
		{}, {1}, {7}, {64}, {2, 3}, {1, 1}, {3, 1, 4}, {10, 784}, {2, 3, 4, 5}, {1, 1, 1, 1}, {1000, 3, 1, 2},
	}
	for _, dt := range []compute.DType{compute.Int8, compute.Int32} {
		for _, s := range shapes {
			t.Run(fmt.Sprintf("%s%v", dt, s), func(t *testing.T) {
				in := randTensor(rng, dt, s)
				var buf bytes.Buffer
				if err := Write(&buf, in); err != nil {
					t.Fatal(err)
				}
				b := buf.Bytes()
				hl := int(binary.LittleEndian.Uint16(b[8:10]))
				if (10+hl)%align != 0 || b[10+hl-1] != '\n' {
					t.Fatalf("data starts at %d, not 64-aligned after a newline", 10+hl)
				}
				if got := len(b) - 10 - hl; got != len(in.Data) {
					t.Fatalf("data section %d bytes, want %d", got, len(in.Data))
				}
				out, err := Read(bytes.NewReader(b))
				if err != nil {
					t.Fatal(err)
				}
				if !equalTensors(in, out) {
					t.Fatalf("round trip changed the tensor: %s%v -> %s%v", in.DType, in.Shape, out.DType, out.Shape)
				}
				if len(out.Shape) != len(s) {
					t.Fatalf("rank %d, want %d", len(out.Shape), len(s))
				}
			})
		}
	}
}

// TestGolden checks Write against bytes spelled out from the format spec
// (numpy.lib.format), which are also what numpy 1.24 writes for these arrays.
func TestGolden(t *testing.T) {
	pad := func(dict string) string {
		// magic+version (8) + length (2) + dict + spaces + '\n' = 128 here.
		return dict + strings.Repeat(" ", 128-10-len(dict)-1) + "\n"
	}
	cases := []struct {
		name string
		t    compute.Tensor
		want string
	}{
		{
			// np.save(f, np.arange(6, dtype='<i4').reshape(2, 3)); the 20
			// spaces after the dict are NumPy's room for the first axis
			// to grow to 21 digits.
			"int32[2,3]",
			compute.Int32Tensor(compute.Shape{2, 3}, []int32{0, 1, 2, 3, 4, 5}),
			"\x93NUMPY\x01\x00\x76\x00" +
				pad("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }"+strings.Repeat(" ", 20)) +
				"\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00",
		},
		{
			"int8[]",
			compute.Int8Tensor(compute.Shape{}, []int8{5}),
			"\x93NUMPY\x01\x00\x76\x00" + pad("{'descr': '|i1', 'fortran_order': False, 'shape': (), }") + "\x05",
		},
		{
			"int8[3]",
			compute.Int8Tensor(compute.Shape{3}, []int8{0, 1, -1}),
			"\x93NUMPY\x01\x00\x76\x00" +
				pad("{'descr': '|i1', 'fortran_order': False, 'shape': (3,), }"+strings.Repeat(" ", 20)) +
				"\x00\x01\xff",
		},
		{
			"int32[1]",
			compute.Int32Tensor(compute.Shape{1}, []int32{-2}),
			"\x93NUMPY\x01\x00\x76\x00" +
				pad("{'descr': '<i4', 'fortran_order': False, 'shape': (1,), }"+strings.Repeat(" ", 20)) +
				"\xfe\xff\xff\xff",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, c.t); err != nil {
				t.Fatal(err)
			}
			if got := buf.String(); got != c.want {
				t.Fatalf("Write:\n got %q\nwant %q", got, c.want)
			}
			back, err := Read(strings.NewReader(c.want))
			if err != nil {
				t.Fatal(err)
			}
			if !equalTensors(back, c.t) {
				t.Fatalf("Read of the golden bytes gave %s%v %x", back.DType, back.Shape, back.Data)
			}
		})
	}
}

// TestHeaderAlignment covers the padding rule where the dict alone would end
// exactly on a 64-byte boundary: NumPy then pads a whole extra 64 spaces.
func TestHeaderAlignment(t *testing.T) {
	for d0 := 1; d0 <= 1e6; d0 *= 10 {
		for rank := 0; rank <= 4; rank++ {
			s := compute.Shape{d0, 11, 111, 1}[:rank]
			h := encodeHeader(compute.Int8, s)
			if len(h)%align != 0 || h[len(h)-1] != '\n' {
				t.Fatalf("%v: header %d bytes, not 64-aligned or not ending in a newline", s, len(h))
			}
			hl := int(binary.LittleEndian.Uint16(h[8:10]))
			if hl != len(h)-10 {
				t.Fatalf("%v: header length field %d, header %d", s, hl, len(h)-10)
			}
			dict := strings.TrimRight(string(h[10:]), " \n")
			pad := hl - len(dict) - 1
			if rank > 0 {
				pad -= growthDigits - len(fmt.Sprint(d0))
			}
			if pad < 1 || pad > align {
				t.Fatalf("%v: %d alignment spaces, want 1 to 64", s, pad)
			}
		}
	}
}

// exactFile assembles a .npy file with the header text exactly as given.
func exactFile(major byte, header string, data []byte) []byte {
	b := append([]byte(magic), major, 0)
	if major == 1 {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(header)))
	} else {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(header)))
	}
	return append(append(b, header...), data...)
}

// rawFile assembles a .npy file with the given version and header text,
// padding the header the way NumPy does.
func rawFile(major byte, header string, data []byte) []byte {
	var b []byte
	b = append(b, magic...)
	b = append(b, major, 0)
	lenSize := 2
	if major >= 2 {
		lenSize = 4
	}
	hl := len(header) + 1
	hl += align - (preludeLen+lenSize+hl)%align
	header += strings.Repeat(" ", hl-len(header)-1) + "\n"
	if lenSize == 2 {
		b = binary.LittleEndian.AppendUint16(b, uint16(hl))
	} else {
		b = binary.LittleEndian.AppendUint32(b, uint32(hl))
	}
	b = append(b, header...)
	return append(b, data...)
}

func TestReadVariants(t *testing.T) {
	six := []byte{1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 5, 0, 0, 0, 6, 0, 0, 0}
	int32x23 := compute.Int32Tensor(compute.Shape{2, 3}, []int32{1, 2, 3, 4, 5, 6})
	int8x6 := compute.Int8Tensor(compute.Shape{6}, []int8{1, 2, 3, 4, 5, 6})
	int8six := []byte{1, 2, 3, 4, 5, 6}
	cases := []struct {
		name string
		file []byte
		want compute.Tensor
	}{
		{"v1", rawFile(1, "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }", six), int32x23},
		{"v2", rawFile(2, "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }", six), int32x23},
		{"v3", rawFile(3, "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }", six), int32x23},
		{"key order", rawFile(1, "{'shape': (2, 3), 'fortran_order': False, 'descr': '<i4'}", six), int32x23},
		{"double quotes", rawFile(1, `{"descr": "<i4", "fortran_order": False, "shape": (2,3)}`, six), int32x23},
		{"no spaces", rawFile(1, "{'descr':'<i4','fortran_order':False,'shape':(2,3,),}", six), int32x23},
		{"lots of space", rawFile(1, " {\n 'descr' :\t'<i4' ,\n 'fortran_order' : False , 'shape' : ( 2 , 3 , ) , } ", six), int32x23},
		{"python2 long", rawFile(1, "{'descr': '<i4', 'fortran_order': False, 'shape': (2L, 3L), }", six), int32x23},
		{"i1 pipe", rawFile(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (6,), }", int8six), int8x6},
		{"i1 little", rawFile(1, "{'descr': '<i1', 'fortran_order': False, 'shape': (6,), }", int8six), int8x6},
		{"i1 big", rawFile(1, "{'descr': '>i1', 'fortran_order': False, 'shape': (6,), }", int8six), int8x6},
		{"i1 native", rawFile(1, "{'descr': '=i1', 'fortran_order': False, 'shape': (6,), }", int8six), int8x6},
		{"i1 bare", rawFile(1, "{'descr': 'i1', 'fortran_order': False, 'shape': (6,), }", int8six), int8x6},
		{"rank 0", rawFile(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (), }", []byte{0x80}), compute.Int8Tensor(nil, []int8{-128})},
		{"rank 4", rawFile(3, "{'descr': '|i1', 'fortran_order': False, 'shape': (1, 2, 1, 3), }", int8six),
			compute.Int8Tensor(compute.Shape{1, 2, 1, 3}, []int8{1, 2, 3, 4, 5, 6})},
		// Old NumPy aligned the data to 16 bytes; readers must not insist on 64.
		{"16-byte aligned header", exactFile(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (6,), }    \n", int8six), int8x6},
		{"no newline", exactFile(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (6,), }", int8six), int8x6},
		{"no padding v2", exactFile(2, "{'descr': '|i1', 'fortran_order': False, 'shape': (6,)}", int8six), int8x6},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Read(bytes.NewReader(c.file))
			if err != nil {
				t.Fatal(err)
			}
			if !equalTensors(got, c.want) {
				t.Fatalf("got %s%v %x, want %s%v %x", got.DType, got.Shape, got.Data, c.want.DType, c.want.Shape, c.want.Data)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	good := "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }"
	six := make([]byte, 24)
	withHeader := func(h string) []byte { return rawFile(1, h, six) }
	hdr := func(descr, fortran, shape string) []byte {
		return withHeader(fmt.Sprintf("{'descr': %s, 'fortran_order': %s, 'shape': %s, }", descr, fortran, shape))
	}
	v2big := []byte(magic + "\x02\x00\xff\xff\xff\x7f")
	cases := []struct {
		name string
		file []byte
		want string
	}{
		{"empty", nil, "truncated: 0 bytes"},
		{"short magic", []byte("\x93NUM"), "truncated"},
		{"bad magic", []byte("\x93NUMPZ\x01\x00"), "bad magic"},
		{"not npy", []byte("PK\x03\x04 zip file"), "bad magic"},
		{"version 4", rawFile(4, good, six), "unsupported format version 4.0 (want 1.0, 2.0 or 3.0)"},
		{"version 1.1", append([]byte(magic+"\x01\x01"), rawFile(1, good, six)[8:]...), "unsupported format version 1.1"},
		{"version 0", rawFile(0, good, six), "unsupported format version 0.0"},
		{"no header length", []byte(magic + "\x01\x00\x10"), "truncated header length"},
		{"short header", []byte(magic + "\x01\x00\x40\x00{'descr'"), "truncated header: want 64 bytes, got 8"},
		{"huge v2 header", v2big, "header length 2147483647 exceeds the maximum"},
		{"not a dict", withHeader("['descr', '<i4']"), "not a valid header dict"},
		{"empty header", withHeader(""), "want '{' to open the dict, got the end"},
		{"unclosed dict", withHeader("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), "), "want '}' to close the dict, got the end of the header"},
		{"missing comma", withHeader("{'descr': '<i4' 'fortran_order': False, 'shape': (2, 3)}"), "want '}' to close the dict"},
		{"double comma", withHeader("{'descr': '<i4',, 'fortran_order': False, 'shape': (2, 3)}"), "want a quoted string, got ','"},
		{"missing shape", withHeader("{'descr': '<i4', 'fortran_order': False}"), "missing key 'shape'"},
		{"missing descr", withHeader("{'fortran_order': False, 'shape': (2, 3)}"), "missing key 'descr'"},
		{"extra key", withHeader("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), 'x': 1}"), "unexpected key \"x\""},
		{"duplicate key", withHeader("{'descr': '<i4', 'descr': '<i4', 'fortran_order': False, 'shape': (2, 3)}"), "duplicate key \"descr\""},
		{"junk after dict", withHeader(good + "x"), "unexpected 'x' after the dict"},
		{"two dicts", withHeader(good + good), "after the dict"},
		{"unquoted key", withHeader("{descr: '<i4', 'fortran_order': False, 'shape': (2, 3)}"), "want a quoted string, got 'd'"},
		{"unterminated string", withHeader("{'descr: '<i4'}"), "want ':' after key"},
		{"string escape", withHeader(`{'descr': '<i\4', 'fortran_order': False, 'shape': (2, 3)}`), "escapes"},
		{"eval attempt", hdr("__import__('os')", "False", "(2, 3)"), "want a quoted string, got '_'"},
		{"float32", hdr("'<f4'", "False", "(2, 3)"), "unsupported dtype \"<f4\""},
		{"big-endian int32", hdr("'>i4'", "False", "(2, 3)"), "unsupported dtype \">i4\": big-endian"},
		{"native int32", hdr("'=i4'", "False", "(2, 3)"), "does not say which byte order"},
		{"bare int32", hdr("'i4'", "False", "(2, 3)"), "does not say which byte order"},
		{"uint8", hdr("'|u1'", "False", "(2, 3)"), "unsupported dtype \"|u1\" (supported dtypes: int8 ('|i1') and int32 ('<i4'))"},
		{"int64", hdr("'<i8'", "False", "(2, 3)"), "unsupported dtype \"<i8\""},
		{"structured", hdr("[('a', '<i4')]", "False", "(2, 3)"), "want a quoted string, got '['"},
		{"fortran", hdr("'<i4'", "True", "(2, 3)"), "fortran_order True is not supported"},
		{"fortran not bool", hdr("'<i4'", "0", "(2, 3)"), "want True or False, got \"0\""},
		{"fortran lowercase", hdr("'<i4'", "false", "(2, 3)"), "want True or False, got \"false\""},
		{"shape list", hdr("'<i4'", "False", "[2, 3]"), "want '(' to open the shape tuple"},
		{"shape int", hdr("'<i4'", "False", "6"), "want '(' to open the shape tuple"},
		{"shape parenthesized int", hdr("'<i4'", "False", "(6)"), "(n) is not a tuple"},
		{"shape negative", hdr("'<i4'", "False", "(-6,)"), "want a non-negative integer dimension, got '-'"},
		{"shape float", hdr("'<i4'", "False", "(6.0,)"), "want ')' to close the shape tuple, got '.'"},
		{"shape hex", hdr("'<i4'", "False", "(0x6,)"), "not a decimal integer"},
		{"shape leading zero", hdr("'<i4'", "False", "(06,)"), "leading zeros"},
		{"shape underscore", hdr("'<i4'", "False", "(0_6,)"), "not a decimal integer"},
		{"shape bool", hdr("'<i4'", "False", "(True,)"), "not a decimal integer"},
		{"shape empty slot", hdr("'<i4'", "False", "(2,,3)"), "want a non-negative integer dimension, got ','"},
		{"shape unclosed", hdr("'<i4'", "False", "(2, 3"), "want a non-negative integer dimension, got '}'"},
		{"shape unclosed at end", withHeader("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3"), "want ')' to close the shape tuple, got the end"},
		{"long suffix in v3", rawFile(3, "{'descr': '<i4', 'fortran_order': False, 'shape': (2L, 3L), }", six), "not a decimal integer"},
		{"shape zero", hdr("'<i4'", "False", "(0, 3)"), "dimension 0 is 0, must be at least 1"},
		{"shape rank 5", hdr("'<i4'", "False", "(1, 1, 1, 2, 3)"), "rank 5 exceeds the maximum 4"},
		{"shape over slot limit", hdr("'<i4'", "False", "(65536, 65536)"), "needs more than the 1073741824-byte slot limit"},
		{"shape dim over limit", hdr("'|i1'", "False", "(2147483648,)"), "beyond the 1073741824-byte slot limit"},
		{"shape overflow", hdr("'<i4'", "False", "(99999999999999999999999999,)"), "too large"},
		{"truncated data", rawFile(1, good, six[:10]), "want 24 bytes of data, got 10"},
		{"no data", rawFile(1, good, nil), "want 24 bytes of data, got 0"},
		{"trailing bytes", rawFile(1, good, make([]byte, 25)), "trailing bytes after the 24 bytes of data"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(c.file))
			if err == nil {
				t.Fatalf("no error, want %q", c.want)
			}
			if !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "npy: ") {
				t.Fatalf("error %q, want it to contain %q", err, c.want)
			}
		})
	}
}

type failingReader struct {
	r   io.Reader
	err error
}

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, f.err
	}
	return n, err
}

func TestReadPropagatesErrors(t *testing.T) {
	boom := errors.New("boom")
	var buf bytes.Buffer
	if err := Write(&buf, compute.NewTensor(compute.Int32, compute.Shape{100})); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{3, 9, 50, 200, buf.Len()} {
		_, err := Read(&failingReader{bytes.NewReader(buf.Bytes()[:n]), boom})
		if !errors.Is(err, boom) {
			t.Errorf("cut at %d: error %v, want it to wrap %v", n, err, boom)
		}
	}
}

// TestTruncatedHugeClaim checks that a header claiming a large array followed
// by little data fails without allocating the claimed size.
func TestTruncatedHugeClaim(t *testing.T) {
	f := rawFile(1, "{'descr': '<i4', 'fortran_order': False, 'shape': (16384, 16384), }", make([]byte, 1000))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := Read(bytes.NewReader(f))
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "want 1073741824 bytes of data, got 1000") {
		t.Fatalf("error %v", err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 8<<20 {
		t.Fatalf("allocated %d bytes for a 1 GiB claim with 1000 bytes of data", got)
	}
}

func TestWriteInvalid(t *testing.T) {
	bad := []compute.Tensor{
		{DType: 7, Shape: compute.Shape{1}, Data: []byte{0}},
		{DType: compute.Int32, Shape: compute.Shape{2}, Data: make([]byte, 7)},
		{DType: compute.Int8, Shape: compute.Shape{1, 1, 1, 1, 1}, Data: []byte{0}},
		{DType: compute.Int8, Shape: compute.Shape{0}, Data: nil},
	}
	for _, b := range bad {
		var buf bytes.Buffer
		if err := Write(&buf, b); err == nil {
			t.Errorf("%s%v with %d bytes: no error", b.DType, b.Shape, len(b.Data))
		}
		if buf.Len() != 0 {
			t.Errorf("%s%v: wrote %d bytes before failing", b.DType, b.Shape, buf.Len())
		}
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.npy")
	a := compute.Int8Tensor(compute.Shape{2, 2}, []int8{1, -2, 3, -4})
	if err := WriteFile(path, a); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !equalTensors(a, got) {
		t.Fatal("file round trip changed the tensor")
	}
	// Overwrite with another tensor.
	b := compute.Int32Tensor(compute.Shape{3}, []int32{7, 8, 9})
	if err := WriteFile(path, b); err != nil {
		t.Fatal(err)
	}
	if got, err = ReadFile(path); err != nil || !equalTensors(b, got) {
		t.Fatalf("overwrite: %v", err)
	}
	// A failed write leaves the old file and no temporary file.
	if err := WriteFile(path, compute.Tensor{DType: compute.Int8, Shape: compute.Shape{2}, Data: []byte{1}}); err == nil {
		t.Fatal("invalid tensor written")
	}
	if got, err = ReadFile(path); err != nil || !equalTensors(b, got) {
		t.Fatalf("old file damaged: %v", err)
	}
	if err := WriteFile(filepath.Join(dir, "missing", "x.npy"), b); err == nil {
		t.Fatal("write into a missing directory succeeded")
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 || ents[0].Name() != "w.npy" {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Fatalf("directory holds %v, want only w.npy", names)
	}
	if _, err := ReadFile(filepath.Join(dir, "nope.npy")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
	// Errors from ReadFile name the file.
	if err := os.WriteFile(filepath.Join(dir, "bad.npy"), []byte("nope"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(filepath.Join(dir, "bad.npy")); err == nil || !strings.Contains(err.Error(), "bad.npy: npy: bad magic") {
		t.Fatalf("bad file: %v", err)
	}
}

// WriteFile in the current directory (a path without a directory part).
func TestWriteFileRelative(t *testing.T) {
	t.Chdir(t.TempDir())
	a := compute.Int32Tensor(compute.Shape{}, []int32{42})
	if err := WriteFile("x.npy", a); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadFile("x.npy"); err != nil || !equalTensors(a, got) {
		t.Fatalf("%v", err)
	}
}

// seedCorpus is the committed seed corpus of FuzzRead: valid files of every
// version and dtype, and a few invalid ones.
func seedCorpus() map[string][]byte {
	enc := func(t compute.Tensor) []byte {
		var b bytes.Buffer
		if err := Write(&b, t); err != nil {
			panic(err)
		}
		return b.Bytes()
	}
	v := func(major byte, b []byte) []byte {
		// Re-wrap a version 1.0 file's header as another version.
		hl := int(binary.LittleEndian.Uint16(b[8:10]))
		return rawFile(major, strings.TrimRight(string(b[10:10+hl]), " \n"), b[10+hl:])
	}
	i32 := enc(compute.Int32Tensor(compute.Shape{2, 3}, []int32{0, -1, 2, 1 << 30, -5, 7}))
	i8 := enc(compute.Int8Tensor(compute.Shape{4}, []int8{-128, -1, 0, 127}))
	return map[string][]byte{
		"v1_int32_2x3":     i32,
		"v1_int8_4":        i8,
		"v1_int8_scalar":   enc(compute.Int8Tensor(compute.Shape{}, []int8{-7})),
		"v1_int32_rank4":   enc(compute.Int32Tensor(compute.Shape{1, 2, 1, 2}, []int32{1, 2, 3, 4})),
		"v2_int32_2x3":     v(2, i32),
		"v3_int8_4":        v(3, i8),
		"v1_double_quotes": rawFile(1, `{"shape": (3,), "descr": "<i1", "fortran_order": False}`, []byte{1, 2, 3}),
		"bad_magic":        append([]byte("\x93NUMPX"), i8[6:]...),
		"bad_version":      append([]byte(magic+"\x04\x00"), i8[8:]...),
		"bad_dtype_f4":     rawFile(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", make([]byte, 4)),
		"bad_fortran":      rawFile(1, "{'descr': '<i4', 'fortran_order': True, 'shape': (1,), }", make([]byte, 4)),
		"bad_truncated":    i32[:len(i32)-3],
		"bad_trailing":     append(append([]byte(nil), i8...), 0),
		"bad_shape_rank5":  rawFile(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (1,1,1,1,1), }", []byte{0}),
	}
}

func TestSeedCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzRead")
	for name, data := range seedCorpus() {
		want := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", data)
		path := filepath.Join(dir, name)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run TestSeedCorpus -update)", err)
		}
		if string(got) != want {
			t.Errorf("%s is stale (run go test -run TestSeedCorpus -update)", path)
		}
		_, rerr := Read(bytes.NewReader(data))
		if valid := !strings.HasPrefix(name, "bad_"); valid != (rerr == nil) {
			t.Errorf("%s: Read error %v", name, rerr)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Read(bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "npy: ") {
				t.Fatalf("error without the npy prefix: %v", err)
			}
			return
		}
		if err := a.Check(); err != nil {
			t.Fatalf("accepted an invalid tensor: %v", err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, a); err != nil {
			t.Fatalf("re-encoding an accepted tensor: %v", err)
		}
		b, err := Read(&buf)
		if err != nil {
			t.Fatalf("re-reading the re-encoded tensor: %v", err)
		}
		if !equalTensors(a, b) {
			t.Fatalf("re-encoding changed %s%v into %s%v", a.DType, a.Shape, b.DType, b.Shape)
		}
	})
}
