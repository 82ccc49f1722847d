package stance

import (
	"math"
	"math/rand/v2"
)

// MLP is a one-hidden-layer network (ReLU) over the same sparse input as
// Linear: scores = W2 relu(W1 x + B1) + B2. W1 is stored by input (Dim
// rows of Hidden weights), so a sparse input touches only its own rows.
type MLP struct {
	Classes int       `json:"classes"`
	Dim     int       `json:"dim"`
	Hidden  int       `json:"hidden"`
	W1      []float64 `json:"w1"`
	B1      []float64 `json:"b1"`
	W2      []float64 `json:"w2"` // Classes rows of Hidden weights
	B2      []float64 `json:"b2"`
}

// hidden computes relu(W1 x + B1) into h (len Hidden).
func (n *MLP) hidden(x sparse, h []float64) []float64 {
	h = append(h[:0], n.B1...)
	for i, k := range x.idx {
		if k >= n.Dim {
			continue
		}
		v := x.val[i]
		row := n.W1[k*n.Hidden : (k+1)*n.Hidden]
		for j, w := range row {
			h[j] += w * v
		}
	}
	for j := range h {
		h[j] = math.Max(h[j], 0)
	}
	return h
}

// scores returns the class scores of x.
func (n *MLP) scores(x sparse, out []float64) []float64 {
	var buf [64]float64
	h := n.hidden(x, buf[:0])
	out = out[:0]
	for c := 0; c < n.Classes; c++ {
		s := n.B2[c]
		for j, w := range n.W2[c*n.Hidden : (c+1)*n.Hidden] {
			s += w * h[j]
		}
		out = append(out, s)
	}
	return out
}

// fitMLP trains an MLP with AdaGrad in a seeded order (the same data and
// options give the same weights).
func fitMLP(xs []sparse, ys []int, cw []float64, classes, dim, hiddenN int, opts TrainOptions) *MLP {
	n := &MLP{Classes: classes, Dim: dim, Hidden: hiddenN,
		W1: make([]float64, dim*hiddenN), B1: make([]float64, hiddenN),
		W2: make([]float64, classes*hiddenN), B2: make([]float64, classes)}
	rng := rand.New(rand.NewPCG(opts.Seed, 99))
	for i := range n.W1 {
		n.W1[i] = (rng.Float64()*2 - 1) * 0.1
	}
	for i := range n.W2 {
		n.W2[i] = (rng.Float64()*2 - 1) * math.Sqrt(6/float64(hiddenN+classes))
	}
	for j := range n.B1 {
		n.B1[j] = 0.01
	}
	g1 := make([]float64, len(n.W1))
	gb1 := make([]float64, hiddenN)
	g2 := make([]float64, len(n.W2))
	gb2 := make([]float64, classes)
	h := make([]float64, 0, hiddenN)
	p := make([]float64, classes)
	dh := make([]float64, hiddenN)
	const eps = 1e-8
	step := func(acc []float64, w []float64, k int, g float64) {
		acc[k] += g * g
		w[k] -= opts.Rate * g / math.Sqrt(acc[k]+eps)
	}
	for ep := 0; ep < opts.Epochs; ep++ {
		order := rand.New(rand.NewPCG(opts.Seed, uint64(ep)))
		for _, i := range order.Perm(len(xs)) {
			x := xs[i]
			h = n.hidden(x, h)
			p = p[:0]
			for c := 0; c < classes; c++ {
				s := n.B2[c]
				for j := range h {
					s += n.W2[c*hiddenN+j] * h[j]
				}
				p = append(p, s)
			}
			softmax(p)
			for j := range dh {
				dh[j] = 0
			}
			for c := 0; c < classes; c++ {
				g := p[c]
				if c == ys[i] {
					g--
				}
				g *= cw[ys[i]]
				step(gb2, n.B2, c, g)
				for j := range h {
					dh[j] += g * n.W2[c*hiddenN+j]
					step(g2, n.W2, c*hiddenN+j, g*h[j]+opts.L2*n.W2[c*hiddenN+j])
				}
			}
			for j := range dh {
				if h[j] <= 0 {
					dh[j] = 0
				}
			}
			for j, g := range dh {
				if g != 0 {
					step(gb1, n.B1, j, g)
				}
			}
			for t, k := range x.idx {
				if k >= dim {
					continue
				}
				v := x.val[t]
				for j, g := range dh {
					if g != 0 {
						step(g1, n.W1, k*hiddenN+j, g*v+opts.L2*n.W1[k*hiddenN+j])
					}
				}
			}
		}
	}
	for _, w := range [][]float64{n.W1, n.B1, n.W2, n.B2} {
		for i := range w {
			w[i] = round6(w[i])
		}
	}
	return n
}
