package mnist

import (
	"fmt"
	"math"
	"slices"

	"github.com/crux-rollup/crux/compute"
)

// Quantization scheme (real value = scale * (q - zero_point)):
//
//   - images: scale 1/255, zero point -128, so pixel p in 0..255 becomes the
//     int8 p-128 (QuantizeImage). This is lossless: the float model sees
//     exactly p/255.
//   - weights: per-tensor symmetric int8, scale max|w|/127, zero point 0,
//     values in -127..127.
//   - hidden activations (after ReLU, so >= 0): int8 with zero point -128 and
//     scale clip/255, where clip is a high percentile of that layer's float
//     activations over calibration images from the training set. Using the
//     whole int8 range for the non-negative values gives 256 levels instead of
//     128.
//   - accumulators: int32 at scale s_in*s_w. Because an input zero point is
//     -128, sum_k w[n][k]*(q[k]+128) = sum_k w[n][k]*q[k] + 128*sum_k w[n][k],
//     and the constant 128*rowsum(w[n]) is folded into the int32 bias, so the
//     program needs only matmul and add: b_q[n] = round(b[n]/(s_in*s_w)) +
//     128*rowsum(w_q[n]).
//   - requant from the accumulator to the next activation: the real factor
//     s_in*s_w/s_out as multiplier*2^-shift with multiplier in [2^30, 2^31),
//     zero point -128, min -128 (that is the fused ReLU: min = zero point),
//     max 127.
//   - the last layer's int32 accumulators are the logits; argmax of them is
//     the prediction (scaling by a positive factor does not move the argmax).

// ActZero is the zero point of images and hidden activations.
const ActZero = -128

// Layer is one quantized fully connected layer.
type Layer struct {
	W       compute.Tensor // int8 [out, in]
	B       compute.Tensor // int32 [out], zero-point correction included
	WScale  float64        // real weight = WScale * W
	InScale float64        // scale of this layer's int8 input
	// Requant maps the int32 accumulator to the next layer's input; nil for
	// the last layer, whose accumulators are the logits.
	Requant  *Requant
	OutScale float64 // scale of the requantized output (0 for the last layer)
}

// Requant holds the parameters of a crux requant op.
type Requant struct {
	Multiplier, Shift, ZeroPoint, Min, Max int64
}

// Quantized is the integer model.
type Quantized struct {
	Layers []Layer
}

// QuantizeImage maps pixels 0..255 to int8 p-128 (scale 1/255, zero point
// -128).
func QuantizeImage(dst []int8, img []byte) {
	for i, p := range img {
		dst[i] = int8(int(p) + ActZero)
	}
}

// FixedPoint returns multiplier in [2^30, 2^31) and shift in [0, 62] with
// multiplier * 2^-shift as close to real as 31 bits allow.
func FixedPoint(real float64) (multiplier, shift int64, err error) {
	if !(real > 0) || math.IsInf(real, 0) {
		return 0, 0, fmt.Errorf("requant scale %v is not a positive number", real)
	}
	frac, exp := math.Frexp(real) // real = frac * 2^exp, frac in [0.5, 1)
	multiplier = int64(math.Round(frac * (1 << 31)))
	shift = int64(31 - exp)
	if multiplier == 1<<31 { // frac rounded up to 1
		multiplier >>= 1
		shift--
	}
	if shift < 0 || shift > 62 {
		return 0, 0, fmt.Errorf("requant scale %v needs shift %d, outside 0..62", real, shift)
	}
	return multiplier, shift, nil
}

// Quantize converts m to integers. Activation clips are the given percentile
// (e.g. 0.9999) of each hidden layer's float activations over calib.
func Quantize(m *MLP, calib [][]byte, percentile float64) (*Quantized, error) {
	clips := calibrate(m, calib, percentile)
	q := &Quantized{}
	inScale := 1.0 / 255
	for l := range m.W {
		in, out := m.Sizes[l], m.Sizes[l+1]
		var maxAbs float64
		for _, w := range m.W[l] {
			maxAbs = math.Max(maxAbs, math.Abs(float64(w)))
		}
		if maxAbs == 0 {
			maxAbs = 1
		}
		ws := maxAbs / 127
		L := Layer{
			W:       compute.NewTensor(compute.Int8, compute.Shape{out, in}),
			B:       compute.NewTensor(compute.Int32, compute.Shape{out}),
			WScale:  ws,
			InScale: inScale,
		}
		w8, b32 := L.W.Int8s(), L.B.Int32s()
		for n := 0; n < out; n++ {
			var rowSum int64
			for k := 0; k < in; k++ {
				v := math.Round(float64(m.Weight(l, n, k)) / ws)
				v = max(-127, min(127, v))
				w8[n*in+k] = int8(v)
				rowSum += int64(v)
			}
			b := math.Round(float64(m.B[l][n])/(inScale*ws)) - ActZero*float64(rowSum)
			if b < math.MinInt32 || b > math.MaxInt32 {
				return nil, fmt.Errorf("layer %d: bias %d does not fit int32", l, n)
			}
			b32[n] = int32(b)
		}
		if l < len(m.W)-1 {
			L.OutScale = clips[l] / 255
			mult, shift, err := FixedPoint(inScale * ws / L.OutScale)
			if err != nil {
				return nil, fmt.Errorf("layer %d: %w", l, err)
			}
			L.Requant = &Requant{Multiplier: mult, Shift: shift, ZeroPoint: ActZero, Min: ActZero, Max: 127}
			inScale = L.OutScale
		}
		q.Layers = append(q.Layers, L)
	}
	return q, nil
}

// calibrate returns, for each hidden layer, the given percentile of its
// activations over the images.
func calibrate(m *MLP, imgs [][]byte, percentile float64) []float64 {
	w := &work{}
	for _, n := range m.Sizes {
		w.act = append(w.act, make([]float32, n))
		w.nz = append(w.nz, make([]int32, 0, n))
	}
	hidden := len(m.Sizes) - 2
	vals := make([][]float32, hidden)
	for _, img := range imgs {
		w.forward(m, img)
		for l := range hidden {
			vals[l] = append(vals[l], w.act[l+1]...)
		}
	}
	clips := make([]float64, hidden)
	for l, v := range vals {
		slices.Sort(v)
		i := int(math.Ceil(percentile*float64(len(v)))) - 1
		i = max(0, min(len(v)-1, i))
		clips[l] = float64(v[i])
		if clips[l] <= 0 {
			clips[l] = 1
		}
	}
	return clips
}
