// Package cuda is crux's GPU backend: a compute.Backend that runs programs on
// an NVIDIA GPU and produces the same bits and roots as the CPU reference.
//
// Kernels (kernels/*.cu) cover every op plus the chunk-tree hashing, so a
// slot's data root is computed where the slot lives and only 32 bytes cross
// to the host per step. `make ptx` compiles them with nvcc to PTX in ptx/,
// which is embedded with go:embed; at run time the CUDA driver API is bound
// from libcuda.so.1 through purego (no cgo, nothing from CUDA at build time)
// and the driver JIT-compiles the PTX for the GPU present. Without PTX, a
// driver or a device the backend reports itself unavailable (Available, and
// errors wrapping ErrUnavailable) and Select("auto") falls back to the CPU.
//
// Every kernel's exactness argument is in its source file; docs/cuda.md
// describes the design. The tests run the same backend code over a host
// emulation of the kernels (kernels/emu) where a C++ compiler is available,
// and the GPU parity tests where a GPU is.
package cuda
