// Package npy reads and writes crux tensors as NumPy .npy files.
//
// The .npy format (numpy.lib.format) is a magic string, a version, a header
// that is a Python dict literal, then the raw array bytes. crux tensors are
// C-ordered, and int32 is little-endian, so the data section of a .npy file is
// byte for byte the tensor's committed data.
//
// Reading accepts format versions 1.0, 2.0 and 3.0 and exactly the dtypes crux
// has:
//
//   - int8: descr 'i1' with any byte-order character or none ('|i1', '<i1',
//     '>i1', '=i1', 'i1'). Byte order means nothing for one byte, and NumPy
//     itself reads all of these as int8 (it writes '|i1').
//   - int32: descr '<i4' only. '>i4' is big-endian. '=i4' and 'i4' mean "the
//     native order of whoever made the file", which the file does not record,
//     so they are rejected rather than guessed; NumPy never writes them (it
//     always writes an explicit '<' or '>').
//
// fortran_order must be False. The header is parsed by a small strict parser
// for the Python literal subset NumPy writes: a dict with exactly the keys
// 'descr', 'fortran_order' and 'shape' in any order, single- or double-quoted
// strings without escapes, True/False, and a tuple of decimal integers (with
// trailing commas, "(3,)" 1-tuples and "()" for rank 0). Versions 1.0 and 2.0
// also accept the Python 2 long suffix ("(3L, 4L)"), as NumPy does.
//
// Reading never trusts the header's sizes before checking them: the header
// length is capped, the shape is checked against the compute limits
// (compute.Shape.Check), and the data is read in growing pieces, so a
// truncated stream fails without first allocating the size its header claims.
//
// Writing emits version 1.0 exactly as NumPy (>= 1.23) does: the dict text
// "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }", the spare
// spaces NumPy leaves for growing the first axis, then spaces and a final
// '\n' so that the data starts at a multiple of 64 bytes.
package npy

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/crux-rollup/crux/compute"
)

const (
	magic = "\x93NUMPY"

	// preludeLen is the magic string plus the two version bytes.
	preludeLen = len(magic) + 2

	// align is the data alignment NumPy's writer uses (ARRAY_ALIGN).
	align = 64

	// growthDigits is NumPy's GROWTH_AXIS_MAX_DIGITS: the writer pads the
	// header so that the first dimension can grow to this many digits in
	// place.
	growthDigits = 21

	// MaxHeaderLen bounds the header a reader accepts. Every version 1.0
	// header fits (its length is a uint16); a version 2.0/3.0 header claiming
	// more is rejected before anything is allocated for it. A crux header
	// needs about a hundred bytes.
	MaxHeaderLen = 1<<16 - 1

	// firstChunk is the largest piece of data allocated before any data has
	// been read; the buffer then doubles up to the size the header claims.
	firstChunk = 1 << 20
)

// supported lists the descrs crux writes, for error messages.
const supported = "supported dtypes: int8 ('|i1') and int32 ('<i4')"

// Read reads one whole .npy file from r: anything after the array's data is an
// error.
func Read(r io.Reader) (compute.Tensor, error) {
	br := bufio.NewReader(r)
	t, err := readHeader(br)
	if err != nil {
		return compute.Tensor{}, err
	}
	want := t.Shape.Elems() * t.DType.Size()
	t.Data, err = readData(br, want)
	if err != nil {
		return compute.Tensor{}, err
	}
	var one [1]byte
	switch n, err := io.ReadFull(br, one[:]); {
	case n > 0:
		return compute.Tensor{}, fmt.Errorf("npy: trailing bytes after the %d bytes of data", want)
	case err != io.EOF:
		return compute.Tensor{}, fmt.Errorf("npy: reading past the data: %w", err)
	}
	return t, nil
}

// ReadFile reads the .npy file at path.
func ReadFile(path string) (compute.Tensor, error) {
	f, err := os.Open(path)
	if err != nil {
		return compute.Tensor{}, err
	}
	defer f.Close()
	t, err := Read(f)
	if err != nil {
		return compute.Tensor{}, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// readHeader reads everything up to the data and returns a tensor with dtype
// and shape set (shape checked against the limits) and no data.
func readHeader(r io.Reader) (compute.Tensor, error) {
	var pre [preludeLen]byte
	n, err := io.ReadFull(r, pre[:])
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return compute.Tensor{}, fmt.Errorf("npy: reading magic: %w", err)
	}
	if m := min(n, len(magic)); string(pre[:m]) != magic[:m] {
		return compute.Tensor{}, fmt.Errorf("npy: bad magic %q, not a .npy file (want %q)", pre[:m], magic)
	}
	if n < preludeLen {
		return compute.Tensor{}, fmt.Errorf("npy: truncated: %d bytes, shorter than the %d-byte magic and version", n, preludeLen)
	}
	major, minor := pre[6], pre[7]
	var hlen int
	switch {
	case major == 1 && minor == 0:
		var b [2]byte
		if err := readFull(r, b[:], "header length"); err != nil {
			return compute.Tensor{}, err
		}
		hlen = int(binary.LittleEndian.Uint16(b[:]))
	case (major == 2 || major == 3) && minor == 0:
		var b [4]byte
		if err := readFull(r, b[:], "header length"); err != nil {
			return compute.Tensor{}, err
		}
		n := binary.LittleEndian.Uint32(b[:])
		if n > MaxHeaderLen {
			return compute.Tensor{}, fmt.Errorf("npy: header length %d exceeds the maximum %d", n, MaxHeaderLen)
		}
		hlen = int(n)
	default:
		return compute.Tensor{}, fmt.Errorf("npy: unsupported format version %d.%d (want 1.0, 2.0 or 3.0)", major, minor)
	}
	header := make([]byte, hlen)
	if n, err := io.ReadFull(r, header); err == io.EOF || err == io.ErrUnexpectedEOF {
		return compute.Tensor{}, fmt.Errorf("npy: truncated header: want %d bytes, got %d", hlen, n)
	} else if err != nil {
		return compute.Tensor{}, fmt.Errorf("npy: reading header: %w", err)
	}
	h, err := parseHeader(header, major < 3)
	if err != nil {
		return compute.Tensor{}, fmt.Errorf("npy: header %s: %w", clip(header), err)
	}
	dt, err := parseDescr(h.descr)
	if err != nil {
		return compute.Tensor{}, fmt.Errorf("npy: %w", err)
	}
	if h.fortran {
		return compute.Tensor{}, errors.New("npy: fortran_order True is not supported (crux tensors are C-ordered)")
	}
	shape := make(compute.Shape, len(h.shape))
	for i, d := range h.shape {
		// Checked before the conversion so that it cannot wrap where int
		// is 32 bits.
		if d > compute.MaxSlotBytes {
			return compute.Tensor{}, fmt.Errorf("npy: shape %v: dimension %d is %d, beyond the %d-byte slot limit",
				h.shape, i, d, int64(compute.MaxSlotBytes))
		}
		shape[i] = int(d)
	}
	if err := shape.Check(dt); err != nil {
		return compute.Tensor{}, fmt.Errorf("npy: shape %v: %w", shape, err)
	}
	return compute.Tensor{DType: dt, Shape: shape}, nil
}

// readFull fills b, naming what it reads in the error.
func readFull(r io.Reader, b []byte, what string) error {
	_, err := io.ReadFull(r, b)
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return fmt.Errorf("npy: truncated %s", what)
	}
	if err != nil {
		return fmt.Errorf("npy: reading %s: %w", what, err)
	}
	return nil
}

// readData reads exactly want bytes. The buffer grows as data arrives, so a
// short stream costs memory in proportion to what it sent, not to what its
// header claimed.
func readData(r io.Reader, want int) ([]byte, error) {
	buf := make([]byte, 0, min(want, firstChunk))
	for len(buf) < want {
		if len(buf) == cap(buf) {
			nb := make([]byte, len(buf), min(2*cap(buf), want))
			copy(nb, buf)
			buf = nb
		}
		n, err := io.ReadFull(r, buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil, fmt.Errorf("npy: truncated data: want %d bytes of data, got %d", want, len(buf))
		}
		if err != nil {
			return nil, fmt.Errorf("npy: reading data: %w", err)
		}
	}
	return buf, nil
}

// parseDescr maps a descr string to a crux dtype.
func parseDescr(d string) (compute.DType, error) {
	switch d {
	case "|i1", "<i1", ">i1", "=i1", "i1":
		return compute.Int8, nil
	case "<i4":
		return compute.Int32, nil
	case ">i4":
		return 0, fmt.Errorf("unsupported dtype %q: big-endian int32 (want '<i4'; %s)", d, supported)
	case "=i4", "i4", "|i4":
		return 0, fmt.Errorf("unsupported dtype %q: the file does not say which byte order it means (want '<i4'; %s)", d, supported)
	}
	return 0, fmt.Errorf("unsupported dtype %q (%s)", d, supported)
}

// Write writes t to w as a version 1.0 .npy file, byte for byte what
// numpy.save writes for the same array.
func Write(w io.Writer, t compute.Tensor) error {
	if err := t.Check(); err != nil {
		return fmt.Errorf("npy: invalid tensor: %w", err)
	}
	h := encodeHeader(t.DType, t.Shape)
	if _, err := w.Write(h); err != nil {
		return err
	}
	_, err := w.Write(t.Data)
	return err
}

// encodeHeader returns magic, version 1.0, header length and the padded
// header, as numpy.lib.format._write_array_header does.
func encodeHeader(dt compute.DType, s compute.Shape) []byte {
	descr := "|i1"
	if dt == compute.Int32 {
		descr = "<i4"
	}
	// The dict's keys sorted, each "'key': repr(value), ", as NumPy writes it.
	var shape []byte
	shape = append(shape, '(')
	for i, d := range s {
		if i > 0 {
			shape = append(shape, ", "...)
		}
		shape = strconv.AppendInt(shape, int64(d), 10)
	}
	if len(s) == 1 {
		shape = append(shape, ',')
	}
	shape = append(shape, ')')
	dict := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': %s, }", descr, shape)
	if len(s) > 0 {
		// Spare room for the first axis to grow in place.
		dict += string(bytes.Repeat([]byte{' '}, growthDigits-len(strconv.Itoa(s[0]))))
	}
	// NumPy counts the final '\n' in the header and always pads with 1 to 64
	// spaces (64 when already aligned).
	hlen := len(dict) + 1
	pad := align - (preludeLen+2+hlen)%align
	out := make([]byte, 0, preludeLen+2+hlen+pad)
	out = append(out, magic...)
	out = append(out, 1, 0)
	out = binary.LittleEndian.AppendUint16(out, uint16(hlen+pad))
	out = append(out, dict...)
	out = append(out, bytes.Repeat([]byte{' '}, pad)...)
	return append(out, '\n')
}

// WriteFile writes t to path atomically: it writes a temporary file in the
// same directory, syncs it and renames it over path, so path is either the old
// file or the complete new one, and no partial file is left on error.
func WriteFile(path string, t compute.Tensor) (err error) {
	if err := t.Check(); err != nil {
		return fmt.Errorf("npy: %s: invalid tensor: %w", path, err)
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<16)
	if err = Write(bw, t); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	// CreateTemp makes the file 0600; a saved array is an ordinary file.
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	// Make the rename itself durable where the platform allows syncing a
	// directory; the file is complete either way, so failure is not an error.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
