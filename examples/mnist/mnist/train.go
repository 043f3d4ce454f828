package mnist

import (
	"fmt"
	"math"
	"sync"
	"time"
)

// Training is deterministic: the same Config gives bit-identical weights on
// every run and, as far as Go's float semantics allow, on every machine. That
// is why the code below
//
//   - draws all randomness from its own splitmix64 generator with fixed seeds;
//   - writes every product that is then added as float32(a*b), an explicit
//     conversion, which forbids the compiler from fusing it into an FMA (Go
//     fuses on arm64, ppc64, s390x and riscv64, and on amd64 with GOAMD64=v3);
//   - uses its own exp instead of math.Exp, whose amd64 assembly takes an FMA
//     path only on CPUs that have FMA;
//   - splits each minibatch into a fixed number of parts (Workers, not the
//     number of CPUs), one goroutine each, and adds their gradients in part
//     order.

// Config says how to train.
type Config struct {
	Hidden  []int   // hidden layer widths
	Epochs  int     // passes over the training set
	Batch   int     // minibatch size, a multiple of Workers
	LR      float64 // Adam step size at the start; it decays linearly to LR/50
	Seed    uint64  // initial weights and shuffling
	Workers int     // parts each minibatch is split into; part of the result
	Limit   int     // if > 0, train on the first Limit images only (tests)

	// Log, if set, receives progress lines.
	Log func(format string, args ...any)
}

// DefaultConfig is the configuration the committed model was trained with.
func DefaultConfig() Config {
	return Config{
		Hidden:  []int{256, 128},
		Epochs:  20,
		Batch:   100,
		LR:      1e-3,
		Seed:    20240611,
		Workers: 2,
	}
}

// MLP is a float multilayer perceptron with ReLU hidden layers. W[l] is stored
// input-major, W[l][k*Sizes[l+1]+n] for input k and output n, so the forward
// pass can skip zero inputs (most MNIST pixels and many ReLU outputs) and every
// inner loop runs over contiguous memory.
type MLP struct {
	Sizes []int // Pixels, hidden..., 10
	W     [][]float32
	B     [][]float32
}

// Weight returns w[out][in] of layer l, the layout of the crux matmul's
// second operand.
func (m *MLP) Weight(l, out, in int) float32 { return m.W[l][in*m.Sizes[l+1]+out] }

// pixelValue maps a pixel to the float input the network sees: p/255, the
// value whose int8 quantization (scale 1/255, zero point -128) is exactly
// p-128.
var pixelValue = func() (t [256]float32) {
	for i := range t {
		t[i] = float32(float64(i) / 255)
	}
	return
}()

func newMLP(sizes []int, r *rng) *MLP {
	m := &MLP{Sizes: sizes}
	for l := 0; l+1 < len(sizes); l++ {
		in, out := sizes[l], sizes[l+1]
		// He uniform initialisation: U(-a, a) with a = sqrt(6 / fan_in).
		a := math.Sqrt(6 / float64(in))
		w := make([]float32, in*out)
		for i := range w {
			w[i] = float32(a * (float64(2*r.float64()) - 1))
		}
		m.W = append(m.W, w)
		m.B = append(m.B, make([]float32, out))
	}
	return m
}

// work is one goroutine's scratch space: activations, their nonzero indices,
// deltas, and the gradient of its part of a minibatch.
type work struct {
	act   [][]float32 // act[0] input, act[l] output of layer l-1 (post-ReLU if hidden)
	nz    [][]int32   // indices of the nonzero entries of act[l], l < layers
	delta [][]float32 // delta[l]: dLoss/d(pre-activation) of layer l's output
	gW    [][]float32
	gB    [][]float32
	loss  float64
	right int
}

func newWork(m *MLP) *work {
	w := &work{}
	for l, n := range m.Sizes {
		w.act = append(w.act, make([]float32, n))
		w.nz = append(w.nz, make([]int32, 0, n))
		if l > 0 {
			w.delta = append(w.delta, make([]float32, n))
		}
	}
	for l := range m.W {
		w.gW = append(w.gW, make([]float32, len(m.W[l])))
		w.gB = append(w.gB, make([]float32, len(m.B[l])))
	}
	return w
}

// forward runs one image through m and leaves the logits in the last act.
func (w *work) forward(m *MLP, img []byte) {
	in, nz := w.act[0], w.nz[0][:0]
	for k, p := range img {
		in[k] = pixelValue[p]
		if p != 0 {
			nz = append(nz, int32(k))
		}
	}
	w.nz[0] = nz
	last := len(m.W) - 1
	for l := range m.W {
		in, out := w.act[l], w.act[l+1]
		nOut := len(out)
		copy(out, m.B[l])
		for _, k := range w.nz[l] {
			axpy(in[k], m.W[l][int(k)*nOut:int(k+1)*nOut], out)
		}
		if l < last {
			nz := w.nz[l+1][:0]
			for i, v := range out {
				if v > 0 {
					nz = append(nz, int32(i))
				} else {
					out[i] = 0
				}
			}
			w.nz[l+1] = nz
		}
	}
}

// backward adds the gradient of the cross-entropy loss for label, scaled by
// scale, after forward has run on the same image.
func (w *work) backward(m *MLP, label int, scale float32) {
	L := len(m.W)
	logits := w.act[L]
	// Softmax in float64 with the max subtracted.
	mx := logits[0]
	arg := 0
	for i, v := range logits {
		if v > mx {
			mx, arg = v, i
		}
	}
	if arg == label {
		w.right++
	}
	var sum float64
	d := w.delta[L-1]
	for i, v := range logits {
		e := exp(float64(v - mx))
		d[i] = float32(e)
		sum += e
	}
	w.loss += math.Log(sum) - float64(logits[label]-mx)
	for i := range d {
		p := float64(d[i]) / sum
		if i == label {
			p--
		}
		d[i] = float32(p) * scale
	}
	for l := L - 1; l >= 0; l-- {
		d := w.delta[l]
		in := w.act[l]
		nOut := len(d)
		gb := w.gB[l]
		for i, v := range d {
			gb[i] += v
		}
		gw := w.gW[l]
		for _, k := range w.nz[l] {
			axpy(in[k], d, gw[int(k)*nOut:int(k+1)*nOut])
		}
		if l == 0 {
			break
		}
		// Only units that were active pass gradient back through ReLU.
		prev := w.delta[l-1]
		clear(prev)
		for _, k := range w.nz[l] {
			prev[k] = dot(m.W[l][int(k)*nOut:int(k+1)*nOut], d)
		}
	}
}

// axpy sets y += a*x.
func axpy(a float32, x, y []float32) {
	x = x[:len(y)]
	i := 0
	for ; i+4 <= len(y); i += 4 {
		y[i] += float32(a * x[i])
		y[i+1] += float32(a * x[i+1])
		y[i+2] += float32(a * x[i+2])
		y[i+3] += float32(a * x[i+3])
	}
	for ; i < len(y); i++ {
		y[i] += float32(a * x[i])
	}
}

// dot returns sum x[i]*y[i] with four partial sums in a fixed order.
func dot(x, y []float32) float32 {
	y = y[:len(x)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(x); i += 4 {
		s0 += float32(x[i] * y[i])
		s1 += float32(x[i+1] * y[i+1])
		s2 += float32(x[i+2] * y[i+2])
		s3 += float32(x[i+3] * y[i+3])
	}
	for ; i < len(x); i++ {
		s0 += float32(x[i] * y[i])
	}
	return (s0 + s1) + (s2 + s3)
}

// adam holds Adam state for one parameter slice.
type adam struct{ m, v []float32 }

// Train trains an MLP on s. It is deterministic for a given Config.
func Train(s *Set, cfg Config) (*MLP, error) {
	n := s.Len()
	if cfg.Limit > 0 && cfg.Limit < n {
		n = cfg.Limit
	}
	if cfg.Workers < 1 || cfg.Batch < cfg.Workers || cfg.Batch%cfg.Workers != 0 || n < cfg.Batch {
		return nil, fmt.Errorf("mnist: bad config: batch %d, workers %d, %d images", cfg.Batch, cfg.Workers, n)
	}
	logf := cfg.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	r := &rng{s: cfg.Seed}
	sizes := append(append([]int{Pixels}, cfg.Hidden...), 10)
	m := newMLP(sizes, r)
	works := make([]*work, cfg.Workers)
	for i := range works {
		works[i] = newWork(m)
	}
	var opt []adam
	var params [][]float32
	for l := range m.W {
		params = append(params, m.W[l], m.B[l])
	}
	for _, p := range params {
		opt = append(opt, adam{make([]float32, len(p)), make([]float32, len(p))})
	}
	const beta1, beta2 = 0.9, 0.999
	b1t, b2t := 1.0, 1.0 // beta^t by repeated multiplication: no math.Pow
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	steps := cfg.Epochs * (n / cfg.Batch)
	step := 0
	part := cfg.Batch / cfg.Workers
	scale := float32(1 / float64(cfg.Batch))
	for epoch := 0; epoch < cfg.Epochs; epoch++ {
		start := time.Now()
		r.shuffle(order)
		var loss float64
		right := 0
		for b := 0; b+cfg.Batch <= n; b += cfg.Batch {
			batch := order[b : b+cfg.Batch]
			var wg sync.WaitGroup
			for wi, w := range works {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for _, g := range w.gW {
						clear(g)
					}
					for _, g := range w.gB {
						clear(g)
					}
					for _, idx := range batch[wi*part : (wi+1)*part] {
						w.forward(m, s.Images[idx])
						w.backward(m, s.Labels[idx], scale)
					}
				}()
			}
			wg.Wait()
			// Sum the parts' gradients into the first, in part order.
			g0 := works[0]
			for _, w := range works[1:] {
				for l := range m.W {
					addTo(g0.gW[l], w.gW[l])
					addTo(g0.gB[l], w.gB[l])
				}
			}
			for _, w := range works {
				loss += w.loss
				right += w.right
				w.loss, w.right = 0, 0
			}
			// Adam step with a linearly decaying step size.
			step++
			b1t *= beta1
			b2t *= beta2
			lr := cfg.LR * (1 - float64(float64(step-1)/float64(steps)*(1-1.0/50)))
			c1 := float32(lr / (1 - b1t))
			c2 := float32(1 / (1 - b2t))
			for l := range m.W {
				adamStep(m.W[l], g0.gW[l], opt[2*l], c1, c2)
				adamStep(m.B[l], g0.gB[l], opt[2*l+1], c1, c2)
			}
		}
		batches := n / cfg.Batch * cfg.Batch
		logf("epoch %d: loss %.4f, train accuracy %.2f%% (%.1fs)", epoch+1, loss/float64(batches),
			100*float64(right)/float64(batches), time.Since(start).Seconds())
	}
	return m, nil
}

func addTo(dst, src []float32) {
	src = src[:len(dst)]
	for i := range dst {
		dst[i] += src[i]
	}
}

// adamStep applies one Adam update; c1 is the step size over (1-beta1^t) and
// c2 is 1/(1-beta2^t), the bias corrections.
func adamStep(p, g []float32, o adam, c1, c2 float32) {
	const beta1, beta2, eps = 0.9, 0.999, 1e-8
	g, m, v := g[:len(p)], o.m[:len(p)], o.v[:len(p)]
	for i := range p {
		gi := g[i]
		m[i] = float32(beta1*m[i]) + float32((1-beta1)*gi)
		v[i] = float32(beta2*v[i]) + float32(float32((1-beta2)*gi)*gi)
		vh := float32(math.Sqrt(float64(float32(v[i] * c2))))
		p[i] -= float32(c1*m[i]) / (vh + eps)
	}
}

// Forward returns the logits of m for one image.
func (m *MLP) Forward(img []byte) []float32 {
	w := &work{}
	for _, n := range m.Sizes {
		w.act = append(w.act, make([]float32, n))
		w.nz = append(w.nz, make([]int32, 0, n))
	}
	w.forward(m, img)
	return w.act[len(m.W)]
}

// Accuracy is the fraction of s that m classifies correctly (first maximal
// logit, as argmax does).
func (m *MLP) Accuracy(s *Set) float64 {
	right := 0
	for i, img := range s.Images {
		if argmaxF(m.Forward(img)) == s.Labels[i] {
			right++
		}
	}
	return float64(right) / float64(s.Len())
}

func argmaxF(v []float32) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// rng is splitmix64: tiny, fast, and fully specified here, so the weights do
// not depend on the standard library's generators.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// float64 is uniform in [0, 1).
func (r *rng) float64() float64 { return float64(r.next()>>11) / (1 << 53) }

// shuffle is Fisher-Yates; the modulo bias (below 2^-40 here) is irrelevant.
func (r *rng) shuffle(a []int) {
	for i := len(a) - 1; i > 0; i-- {
		j := int(r.next() % uint64(i+1))
		a[i], a[j] = a[j], a[i]
	}
}

// ln2Hi is ln 2 cut to 29 significant bits, so k*ln2Hi is exact for the
// |k| <= 1075 exp needs; ln2Lo is the rest, computed exactly as a constant.
const (
	ln2Hi = 0x1.62e42fep-1
	ln2Lo = math.Ln2 - ln2Hi
)

// exp returns e^x for x <= 0 (softmax inputs after subtracting the max):
// x = k*ln2 + r with |r| <= ln2/2 (ln 2 in two parts so the reduction is
// exact to about 2^-80), e^r by its Taylor series to degree 13 (truncation
// below 1e-16), then scaled by 2^k exactly.
func exp(x float64) float64 {
	if x < -745 {
		return 0
	}
	k := math.Floor(x/math.Ln2 + 0.5)
	r := float64(x-float64(k*ln2Hi)) - float64(k*ln2Lo)
	p := 1.0
	for i := 13; i >= 1; i-- {
		p = 1 + float64(r*p)/float64(i)
	}
	return math.Ldexp(p, int(k))
}
