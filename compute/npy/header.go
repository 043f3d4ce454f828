package npy

import (
	"errors"
	"fmt"
	"strconv"
)

// header is the parsed header dict.
type header struct {
	descr   string
	fortran bool
	shape   []int64
}

// maxDim bounds a dimension while it is parsed, so it cannot overflow; the
// real limit (compute.MaxSlotBytes) is enforced by Shape.Check afterwards.
const maxDim = 1 << 40

// parseHeader parses the header text: optional whitespace, the dict literal,
// optional whitespace (NumPy pads with spaces and ends with '\n'). It is a
// recursive-descent parser for just the literals a .npy header holds; nothing is
// evaluated. allowLong accepts the Python 2 "3L" integer suffix that version
// 1.0/2.0 files written by Python 2 may carry.
func parseHeader(b []byte, allowLong bool) (header, error) {
	p := &parser{b: b, allowLong: allowLong}
	h, err := p.dict()
	if err != nil {
		return header{}, fmt.Errorf("not a valid header dict: %w", err)
	}
	return h, nil
}

type parser struct {
	b         []byte
	i         int
	allowLong bool
}

func (p *parser) errorf(format string, args ...any) error {
	return fmt.Errorf("at offset %d: %s", p.i, fmt.Sprintf(format, args...))
}

// skip skips Python whitespace. Inside brackets Python joins lines, so
// newlines count as whitespace too.
func (p *parser) skip() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r', '\f':
			p.i++
		default:
			return
		}
	}
}

// peek returns the next byte after whitespace, or 0 at the end.
func (p *parser) peek() byte {
	p.skip()
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

// expect consumes c after optional whitespace.
func (p *parser) expect(c byte, what string) error {
	switch got := p.peek(); {
	case p.i >= len(p.b):
		return p.errorf("want %q %s, got the end of the header", c, what)
	case got != c:
		return p.errorf("want %q %s, got %q", c, what, got)
	}
	p.i++
	return nil
}

func (p *parser) dict() (header, error) {
	var h header
	if err := p.expect('{', "to open the dict"); err != nil {
		return h, err
	}
	seen := map[string]bool{}
	for p.peek() != '}' {
		if p.i >= len(p.b) {
			break // reported below as an unclosed dict
		}
		keyAt := p.i
		key, err := p.str()
		if err != nil {
			return h, fmt.Errorf("key: %w", err)
		}
		if seen[key] {
			p.i = keyAt
			return h, p.errorf("duplicate key %q", key)
		}
		seen[key] = true
		if err := p.expect(':', "after key '"+key+"'"); err != nil {
			return h, err
		}
		switch key {
		case "descr":
			h.descr, err = p.str()
		case "fortran_order":
			h.fortran, err = p.boolean()
		case "shape":
			h.shape, err = p.tuple()
		default:
			p.i = keyAt
			return h, p.errorf("unexpected key %q (want only 'descr', 'fortran_order' and 'shape')", key)
		}
		if err != nil {
			return h, fmt.Errorf("value of '%s': %w", key, err)
		}
		// Entries are separated by commas; one more may trail.
		if p.peek() != ',' {
			break
		}
		p.i++
	}
	if err := p.expect('}', "to close the dict"); err != nil {
		return h, err
	}
	if p.peek() != 0 || p.i < len(p.b) {
		return h, p.errorf("unexpected %q after the dict", p.b[p.i])
	}
	for _, k := range []string{"descr", "fortran_order", "shape"} {
		if !seen[k] {
			return h, fmt.Errorf("missing key '%s'", k)
		}
	}
	return h, nil
}

// str parses a quoted string without prefix or escapes: no descr crux reads
// needs them.
func (p *parser) str() (string, error) {
	q := p.peek()
	if q != '\'' && q != '"' {
		if p.i >= len(p.b) {
			return "", p.errorf("want a quoted string, got the end of the header")
		}
		return "", p.errorf("want a quoted string, got %q", q)
	}
	start := p.i + 1
	for j := start; j < len(p.b); j++ {
		switch p.b[j] {
		case q:
			p.i = j + 1
			return string(p.b[start:j]), nil
		case '\\', '\n', '\r':
			p.i = j
			return "", p.errorf("escapes and line breaks in strings are not supported")
		}
	}
	return "", p.errorf("unterminated string")
}

func (p *parser) boolean() (bool, error) {
	p.skip()
	w := p.word()
	switch w {
	case "True":
		return true, nil
	case "False":
		return false, nil
	}
	if w == "" && p.i < len(p.b) {
		return false, p.errorf("want True or False, got %q", p.b[p.i])
	}
	return false, p.errorf("want True or False, got %q", w)
}

// word consumes an identifier or number token (letters, digits, '_').
func (p *parser) word() string {
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		if c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			p.i++
			continue
		}
		break
	}
	return string(p.b[start:p.i])
}

// tuple parses "()", "(n,)", "(n, m)", "(n, m,)" and so on.
func (p *parser) tuple() ([]int64, error) {
	if err := p.expect('(', "to open the shape tuple"); err != nil {
		return nil, err
	}
	dims := []int64{}
	commas := 0
	for p.peek() != ')' {
		d, err := p.integer()
		if err != nil {
			return nil, err
		}
		dims = append(dims, d)
		if p.peek() != ',' {
			break
		}
		p.i++
		commas++
	}
	if err := p.expect(')', "to close the shape tuple"); err != nil {
		return nil, err
	}
	if len(dims) == 1 && commas == 0 {
		// "(3)" is the integer 3 in parentheses, not a tuple.
		return nil, errors.New("(n) is not a tuple, a 1-tuple is written (n,)")
	}
	return dims, nil
}

// integer parses a non-negative decimal integer literal as Python 3 writes it
// (no leading zeros unless it is all zeros), with the Python 2 'L' suffix
// where allowed.
func (p *parser) integer() (int64, error) {
	p.skip()
	at := p.i
	w := p.word()
	if p.allowLong && len(w) > 1 && (w[len(w)-1] == 'L' || w[len(w)-1] == 'l') {
		w = w[:len(w)-1]
	}
	if w == "" {
		p.i = at
		if p.i >= len(p.b) {
			return 0, p.errorf("want a dimension, got the end of the header")
		}
		return 0, p.errorf("want a non-negative integer dimension, got %q", p.b[p.i])
	}
	var v int64
	nonzero := false
	for _, c := range []byte(w) {
		if c < '0' || c > '9' {
			p.i = at
			return 0, p.errorf("dimension %q is not a decimal integer", w)
		}
		v = v*10 + int64(c-'0')
		if v > maxDim {
			p.i = at
			return 0, p.errorf("dimension %s is too large", w)
		}
		nonzero = nonzero || c != '0'
	}
	if nonzero && w[0] == '0' {
		p.i = at
		return 0, p.errorf("dimension %q has leading zeros", w)
	}
	return v, nil
}

// clip quotes at most the first 120 bytes of a header for an error message.
func clip(b []byte) string {
	const max = 120
	if len(b) <= max {
		return strconv.Quote(string(b))
	}
	return strconv.Quote(string(b[:max])) + fmt.Sprintf("... (%d bytes)", len(b))
}
