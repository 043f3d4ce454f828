package cuda

import (
	"fmt"
	"runtime"
	"unsafe"
)

// driver is the part of the CUDA driver API crux uses, bound at run time from
// libcuda.so.1 (dlopen through purego), so building crux needs nothing from
// CUDA and the binary starts on machines without a driver. Every function
// returns a CUresult; check turns one into an error.
type driver struct {
	path string

	cuInit                    func(flags uint32) int32
	cuDriverGetVersion        func(v *int32) int32
	cuDeviceGetCount          func(n *int32) int32
	cuDeviceGet               func(d *int32, ordinal int32) int32
	cuDeviceGetName           func(name *byte, n int32, dev int32) int32
	cuDeviceGetAttribute      func(v *int32, attr int32, dev int32) int32
	cuDeviceTotalMem          func(bytes *uintptr, dev int32) int32
	cuDevicePrimaryCtxRetain  func(ctx *uintptr, dev int32) int32
	cuDevicePrimaryCtxRelease func(dev int32) int32
	cuCtxSetCurrent           func(ctx uintptr) int32
	cuCtxSynchronize          func() int32
	cuModuleLoadDataEx        func(mod *uintptr, image *byte, n uint32, opts *int32, vals *uintptr) int32
	cuModuleUnload            func(mod uintptr) int32
	cuModuleGetFunction       func(f *uintptr, mod uintptr, name string) int32
	cuFuncSetAttribute        func(f uintptr, attr int32, v int32) int32
	cuMemGetInfo              func(free, total *uintptr) int32
	cuMemAlloc                func(p *uint64, n uintptr) int32
	cuMemFree                 func(p uint64) int32
	cuMemcpyHtoD              func(dst uint64, src unsafe.Pointer, n uintptr) int32
	cuMemcpyDtoH              func(dst unsafe.Pointer, src uint64, n uintptr) int32
	cuMemcpyDtoD              func(dst, src uint64, n uintptr) int32
	cuMemsetD8                func(dst uint64, v uint8, n uintptr) int32
	cuLaunchKernel            func(f uintptr, gx, gy, gz, bx, by, bz, shmem uint32, stream uintptr, params, extra unsafe.Pointer) int32
	cuGetErrorName            func(e int32, s **byte) int32
	cuGetErrorString          func(e int32, s **byte) int32
}

// CUDA constants (cuda.h) used here.
const (
	cudaSuccess           = 0
	attrComputeMajor      = 75 // CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR
	attrComputeMinor      = 76
	attrMultiprocessors   = 16
	funcAttrMaxDynamicSMs = 8 // CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES
	jitErrorLogBuffer     = 5 // CU_JIT_ERROR_LOG_BUFFER
	jitErrorLogBufferSize = 6 // CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES
)

// loadDriver opens the driver library at path and binds every function;
// a missing symbol (a driver too old for crux) is an error, not a panic.
func loadDriver(path string) (*driver, error) {
	lib, err := openLibrary(path)
	if err != nil {
		return nil, err
	}
	d := &driver{path: path}
	binds := []struct {
		fptr any
		name string
	}{
		{&d.cuInit, "cuInit"},
		{&d.cuDriverGetVersion, "cuDriverGetVersion"},
		{&d.cuDeviceGetCount, "cuDeviceGetCount"},
		{&d.cuDeviceGet, "cuDeviceGet"},
		{&d.cuDeviceGetName, "cuDeviceGetName"},
		{&d.cuDeviceGetAttribute, "cuDeviceGetAttribute"},
		{&d.cuDeviceTotalMem, "cuDeviceTotalMem_v2"},
		{&d.cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain"},
		{&d.cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2"},
		{&d.cuCtxSetCurrent, "cuCtxSetCurrent"},
		{&d.cuCtxSynchronize, "cuCtxSynchronize"},
		{&d.cuModuleLoadDataEx, "cuModuleLoadDataEx"},
		{&d.cuModuleUnload, "cuModuleUnload"},
		{&d.cuModuleGetFunction, "cuModuleGetFunction"},
		{&d.cuFuncSetAttribute, "cuFuncSetAttribute"},
		{&d.cuMemGetInfo, "cuMemGetInfo_v2"},
		{&d.cuMemAlloc, "cuMemAlloc_v2"},
		{&d.cuMemFree, "cuMemFree_v2"},
		{&d.cuMemcpyHtoD, "cuMemcpyHtoD_v2"},
		{&d.cuMemcpyDtoH, "cuMemcpyDtoH_v2"},
		{&d.cuMemcpyDtoD, "cuMemcpyDtoD_v2"},
		{&d.cuMemsetD8, "cuMemsetD8_v2"},
		{&d.cuLaunchKernel, "cuLaunchKernel"},
		{&d.cuGetErrorName, "cuGetErrorName"},
		{&d.cuGetErrorString, "cuGetErrorString"},
	}
	for _, b := range binds {
		if err := bindSymbol(lib, b.fptr, b.name); err != nil {
			return nil, fmt.Errorf("%s lacks %s (driver too old?): %w", path, b.name, err)
		}
	}
	return d, nil
}

// Error is a failed CUDA driver call.
type Error struct {
	Call string // the driver function
	Code int    // the CUresult
	Name string // e.g. CUDA_ERROR_OUT_OF_MEMORY
	Msg  string // the driver's description
}

func (e *Error) Error() string {
	switch {
	case e.Name != "" && e.Msg != "":
		return fmt.Sprintf("%s: %s (%s)", e.Call, e.Name, e.Msg)
	case e.Name != "":
		return fmt.Sprintf("%s: %s", e.Call, e.Name)
	}
	return fmt.Sprintf("%s: CUDA error %d", e.Call, e.Code)
}

// check returns nil for CUDA_SUCCESS, else an *Error naming the call.
func (d *driver) check(call string, r int32) error {
	if r == cudaSuccess {
		return nil
	}
	e := &Error{Call: call, Code: int(r)}
	var s *byte
	if d.cuGetErrorName(r, &s) == cudaSuccess {
		e.Name = cString(s)
	}
	s = nil
	if d.cuGetErrorString(r, &s) == cudaSuccess {
		e.Msg = cString(s)
	}
	return e
}

// cString copies a NUL-terminated C string owned by the driver.
func cString(p *byte) string {
	if p == nil {
		return ""
	}
	var b []byte
	for i := 0; i < 4096; i++ {
		c := *(*byte)(unsafe.Add(unsafe.Pointer(p), i))
		if c == 0 {
			break
		}
		b = append(b, c)
	}
	return string(b)
}

// launch runs kernel f on a grid of gx blocks of bx threads with shmem bytes of
// dynamic shared memory on the default stream. args are the kernel's
// parameters in order: uint64 for device pointers, uint32 or int32 for
// scalars. Each goes into its own 8-byte slot (a 4-byte parameter is read from
// the low half: little-endian), and the driver receives an array of pointers
// to the slots, all pinned for the duration of the call.
func (d *driver) launch(name string, f uintptr, gx, bx, shmem uint32, args ...any) error {
	vals := make([]uint64, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case uint64:
			vals[i] = v
		case uint32:
			vals[i] = uint64(v)
		case int32:
			vals[i] = uint64(uint32(v))
		default:
			return fmt.Errorf("launching %s: argument %d has unsupported type %T", name, i, a)
		}
	}
	params := make([]unsafe.Pointer, len(vals))
	var pin runtime.Pinner
	defer pin.Unpin()
	if len(vals) > 0 {
		pin.Pin(&vals[0])
		pin.Pin(&params[0])
	}
	for i := range vals {
		params[i] = unsafe.Pointer(&vals[i])
	}
	var p unsafe.Pointer
	if len(params) > 0 {
		p = unsafe.Pointer(&params[0])
	}
	return d.check("cuLaunchKernel("+name+")", d.cuLaunchKernel(f, gx, 1, 1, bx, 1, 1, shmem, 0, p, nil))
}
