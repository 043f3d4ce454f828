package fraudproof

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
)

// deepCopy copies v so that no slice is shared with the original.
func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(v.Type())
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		if k := v.Type().Elem().Kind(); k == reflect.Uint8 || k == reflect.Array {
			reflect.Copy(c, v) // bytes and hashes hold no slices
			return c
		}
		for i := 0; i < v.Len(); i++ {
			c.Index(i).Set(deepCopy(v.Index(i)))
		}
		return c
	case reflect.Struct:
		c := reflect.New(v.Type()).Elem()
		for i := 0; i < v.NumField(); i++ {
			c.Field(i).Set(deepCopy(v.Field(i)))
		}
		return c
	case reflect.Interface:
		if v.IsNil() {
			return reflect.Zero(v.Type())
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(deepCopy(v.Elem()))
		return c
	}
	return v
}

func clone[T any](x T) T {
	v := reflect.ValueOf(&x).Elem()
	return deepCopy(v).Interface().(T)
}

// leaves lists the settable scalars, hashes and slices inside v.
func leaves(v reflect.Value, out []reflect.Value) []reflect.Value {
	switch v.Kind() {
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return append(out, v)
	case reflect.Array:
		if k := v.Type().Elem().Kind(); k == reflect.Uint8 || k == reflect.Uint32 {
			return append(out, v)
		}
	case reflect.Slice:
		out = append(out, v)
		if v.Type().Elem().Kind() != reflect.Uint8 {
			for i := 0; i < v.Len(); i++ {
				out = leaves(v.Index(i), out)
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			out = leaves(v.Field(i), out)
		}
	}
	return out
}

// mutate changes fields of the value v points into, three bytes of script per
// change: which leaf, and two bytes of what to do to it. It reports whether
// anything was changed.
func mutate(v reflect.Value, script []byte) bool {
	changed := false
	for len(script) >= 3 {
		sel, a, b := script[0], script[1], script[2]
		script = script[3:]
		ls := leaves(v, nil)
		if len(ls) == 0 {
			return changed
		}
		l := ls[int(sel)%len(ls)]
		changed = true
		switch l.Kind() {
		case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			switch a % 4 {
			case 0:
				l.SetUint(l.Uint() ^ 1<<(b%64))
			case 1:
				l.SetUint(uint64(b))
			case 2:
				l.SetUint(l.Uint() + 1)
			default:
				l.SetUint(^uint64(0)) // truncated to the field's width
			}
		case reflect.Array: // a Hash or the dims
			i := int(a) % l.Len()
			e := l.Index(i)
			e.SetUint(e.Uint() ^ uint64(b|1))
		case reflect.Slice:
			n := l.Len()
			switch {
			case l.Type().Elem().Kind() == reflect.Uint8 && n > 0 && a%2 == 0:
				e := l.Index(int(b) % n)
				e.SetUint(e.Uint() ^ uint64(a|1))
			case a%3 == 0 && n > 0:
				l.Set(l.Slice(0, int(b)%n))
			default:
				grown := reflect.Append(deepCopy(l), reflect.Zero(l.Type().Elem()))
				if n > 0 && b%2 == 0 {
					grown.Index(n).Set(deepCopy(l.Index(int(b) % n)))
				}
				l.Set(grown)
			}
		}
	}
	return changed
}

// FuzzElement throws changed witnesses at Element: it must never panic, and
// an unchanged one must give the trace's value.
func FuzzElement(f *testing.F) {
	p, inputs := computetest.RandomProgram(21, 20)
	tr := FromTrace(run(f, p, inputs, nil))
	r := rand.New(rand.NewPCG(21, 0))
	var cases []elementCase
	for i, op := range p.Ops {
		for _, e := range sampleElements(r, p.Slots[op.Out].Shape.Elems(), 2) {
			c := newElementCase(f, tr, i, e)
			c.SlotRoots, c.Op = nil, compute.Op{} // metadata, not arguments
			cases = append(cases, c)
		}
	}
	f.Add([]byte{0})
	f.Add([]byte{3, 4, 1, 7})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		c := clone(cases[int(data[0])%len(cases)])
		changed := mutate(reflect.ValueOf(&c).Elem(), data[1:])
		got, err := c.call()
		if !changed && (err != nil || got != c.Want) {
			t.Fatalf("unchanged case: %d, %v (want %d)", got, err, c.Want)
		}
	})
}

// positions are game positions with their legal moves, from whole games.
func positions(t testing.TB) []step {
	p, inputs := computetest.RandomProgram(104, 16)
	h := run(t, p, inputs, nil)
	var out []step
	for ci, lc := range lies() {
		liar, ok := lc.make(t, rand.New(rand.NewPCG(104, uint64(ci))), h)
		if !ok {
			continue
		}
		out = append(out, play(t, commit(t, liar), liar, FromTrace(h)).history...)
		out = append(out, play(t, commit(t, FromTrace(h)), FromTrace(h), liar).history...)
	}
	return out
}

// FuzzApply throws changed moves, from any sender, at game positions: Apply
// must never panic, a rejected move must leave the game exactly as it was,
// and an unchanged move from its sender must be accepted.
func FuzzApply(f *testing.F) {
	steps := positions(f)
	f.Add([]byte{0, 0})
	f.Add([]byte{5, 1, 2, 3, 4})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		st := steps[int(data[0])%len(steps)]
		sender := st.sender
		if data[1] >= 3 {
			sender = Role(data[1] % 3)
		}
		mv := reflect.New(reflect.TypeOf(st.move)).Elem()
		mv.Set(deepCopy(reflect.ValueOf(st.move)))
		changed := mutate(mv, data[2:]) || sender != st.sender
		g := clone(st.before)
		err := g.Apply(sender, mv.Interface().(Move))
		switch {
		case err != nil && !changed:
			t.Fatalf("legal %s rejected: %v", st.move.Name(), err)
		case err != nil && !reflect.DeepEqual(g, st.before):
			t.Fatalf("rejected %s changed the game: %v", st.move.Name(), err)
		case err == nil && g.Over() && g.Winner() != Executor && g.Winner() != Challenger:
			t.Fatalf("game over without a winner")
		case err == nil && !g.Over() && g.Turn != Executor && g.Turn != Challenger:
			t.Fatalf("running game with nobody to move")
		case err == nil && g.Over() && g.Turn != NoRole:
			t.Fatalf("game over with %s to move", g.Turn)
		}
	})
}

// FuzzDirectProofs throws changed direct proofs and commitments at the
// verifiers: no panic, and the unchanged proofs hold.
func FuzzDirectProofs(f *testing.F) {
	p, inputs := computetest.RandomProgram(31, 12)
	tr := FromTrace(run(f, p, inputs, nil))
	c := commit(f, tr)
	c.Steps++
	sc, _, err := StepCountProof(c, p)
	if err != nil {
		f.Fatal(err)
	}
	c2 := commit(f, tr)
	c2.OutputRoot[0] ^= 1
	or, _, err := OutputRootProof(c2, tr)
	if err != nil {
		f.Fatal(err)
	}
	type proof struct {
		C Commitment
		M Move
	}
	proofs := []proof{{c, sc}, {c2, or}}
	f.Add([]byte{0})
	f.Add([]byte{1, 9, 0, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		pr := clone(proofs[int(data[0])%len(proofs)])
		mv := reflect.New(reflect.TypeOf(pr.M)).Elem()
		mv.Set(reflect.ValueOf(pr.M))
		v := reflect.ValueOf(&pr).Elem()
		v.Field(1).Set(mv)
		// Mutate the commitment or the concrete proof (not the interface).
		target := mv
		if len(data) > 1 && data[1]%4 == 0 {
			target = v.Field(0)
		}
		changed := mutate(target, data[1:])
		if err := VerifyDirectProof(pr.C, mv.Interface().(Move)); err != nil && !changed {
			t.Fatalf("valid proof rejected: %v", err)
		}
	})
}
