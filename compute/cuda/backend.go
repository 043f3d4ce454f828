package cuda

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
)

// ErrUnavailable is wrapped by every error that means "this machine cannot
// run the CUDA backend" (as opposed to a failure while running a job).
var ErrUnavailable = errors.New("cuda backend unavailable")

// MinComputeCapability is the oldest GPU architecture the kernels support:
// sm_80 (A100) brought the int8 mma.m16n8k32, ldmatrix and cp.async the
// matmul uses. The PTX is built for compute_80 and JIT-compiled by the driver
// for the GPU at hand (sm_86, sm_89, sm_90, ...).
var MinComputeCapability = [2]int{8, 0}

// DriverLibrary is the CUDA driver library the backend loads.
const DriverLibrary = "libcuda.so.1"

// kernels are the entry points the backend launches; all must be in the PTX.
var kernels = []string{
	"add_i32", "relu_i8", "relu_i32", "requant_i32", "lut_i8",
	"argmax_i8", "argmax_i32",
	"gather_i8", "gather_i32", "concat_i8", "concat_i32",
	"matmul_i8_mma", "matmul_i8_dp4a",
	"merkle_leaves", "merkle_nodes",
}

// mmaSharedBytes is the dynamic shared memory of matmul_i8_mma (4 stages of a
// 128x64 A tile and a 128x64 B tile; static_assert'ed in matmul.cu).
const mmaSharedBytes = 4 * (128*64 + 128*64)

// config says where the driver and the PTX come from: the defaults in
// production, a host emulator and no PTX text in the tests.
type config struct {
	lib    string
	ptx    map[string][]byte
	device int
}

func defaultConfig() config { return config{lib: DriverLibrary, ptx: embeddedPTX()} }

// DeviceInfo describes the GPU a Backend runs on.
type DeviceInfo struct {
	Index             int
	Name              string
	ComputeCapability [2]int
	MemoryBytes       uint64
	Multiprocessors   int
	DriverVersion     int // e.g. 12040 for CUDA 12.4
}

func (d DeviceInfo) String() string {
	return fmt.Sprintf("GPU %d: %s (sm_%d%d, %d SMs, %.1f GiB, CUDA driver %d.%d)", d.Index, d.Name,
		d.ComputeCapability[0], d.ComputeCapability[1], d.Multiprocessors, float64(d.MemoryBytes)/(1<<30),
		d.DriverVersion/1000, d.DriverVersion%1000/10)
}

// Backend runs crux programs on one NVIDIA GPU. Create it with New; it holds
// the device's primary context and the loaded kernels until Close.
type Backend struct {
	drv   *driver
	ctx   uintptr
	dev   int32
	info  DeviceInfo
	mods  []uintptr
	fns   map[string]uintptr
	zeros uint64 // device copy of merkle.ChunkZeros(), read by the hashing kernels

	// noMMA makes every matmul use the dp4a kernel (tests run both kernels on
	// the same shapes).
	noMMA bool

	mu     sync.Mutex
	closed bool
}

var _ compute.Backend = (*Backend)(nil)

// Available reports whether New(0) can succeed, checking in order: PTX
// embedded, libcuda.so.1 loadable, cuInit, a device present, its compute
// capability. The error wraps ErrUnavailable and says what is missing.
func Available() error {
	_, err := probe(defaultConfig())
	return err
}

func unavailable(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrUnavailable, fmt.Sprintf(format, args...))
}

var (
	driversMu sync.Mutex
	drivers   = map[string]*driver{}
)

// probe runs the availability checks and returns the initialised driver.
func probe(cfg config) (*driver, error) {
	if len(cfg.ptx) == 0 {
		return nil, unavailable("no PTX embedded; build with make ptx on a CUDA machine")
	}
	driversMu.Lock()
	drv, ok := drivers[cfg.lib]
	if !ok {
		var err error
		if drv, err = loadDriver(cfg.lib); err != nil {
			driversMu.Unlock()
			return nil, unavailable("%v (no NVIDIA driver installed?)", err)
		}
		drivers[cfg.lib] = drv
	}
	driversMu.Unlock()
	if err := drv.check("cuInit", drv.cuInit(0)); err != nil {
		return nil, unavailable("%v", err)
	}
	var n int32
	if err := drv.check("cuDeviceGetCount", drv.cuDeviceGetCount(&n)); err != nil {
		return nil, unavailable("%v", err)
	}
	if n == 0 {
		return nil, unavailable("no CUDA device")
	}
	if cfg.device < 0 || cfg.device >= int(n) {
		return nil, unavailable("no CUDA device %d (there are %d)", cfg.device, n)
	}
	var major, minor int32
	if err := drv.check("cuDeviceGetAttribute", drv.cuDeviceGetAttribute(&major, attrComputeMajor, int32(cfg.device))); err != nil {
		return nil, unavailable("%v", err)
	}
	if err := drv.check("cuDeviceGetAttribute", drv.cuDeviceGetAttribute(&minor, attrComputeMinor, int32(cfg.device))); err != nil {
		return nil, unavailable("%v", err)
	}
	if int(major) < MinComputeCapability[0] || int(major) == MinComputeCapability[0] && int(minor) < MinComputeCapability[1] {
		return nil, unavailable("GPU %d has compute capability %d.%d; crux's kernels need %d.%d or newer",
			cfg.device, major, minor, MinComputeCapability[0], MinComputeCapability[1])
	}
	return drv, nil
}

// New opens GPU device (0 for the first), loads the embedded PTX and
// resolves every kernel. Loading JIT-compiles the PTX for the GPU, which can
// take a few seconds the first time (the driver caches the result).
func New(device int) (*Backend, error) {
	cfg := defaultConfig()
	cfg.device = device
	return open(cfg)
}

func open(cfg config) (*Backend, error) {
	drv, err := probe(cfg)
	if err != nil {
		return nil, err
	}
	b := &Backend{drv: drv, fns: map[string]uintptr{}}
	if err := drv.check("cuDeviceGet", drv.cuDeviceGet(&b.dev, int32(cfg.device))); err != nil {
		return nil, err
	}
	if err := b.readInfo(cfg.device); err != nil {
		return nil, err
	}
	if err := drv.check("cuDevicePrimaryCtxRetain", drv.cuDevicePrimaryCtxRetain(&b.ctx, b.dev)); err != nil {
		return nil, err
	}
	if err := b.load(cfg.ptx); err != nil {
		b.Close()
		return nil, err
	}
	return b, nil
}

func (b *Backend) readInfo(device int) error {
	d := b.drv
	name := make([]byte, 256)
	if err := d.check("cuDeviceGetName", d.cuDeviceGetName(&name[0], int32(len(name)), b.dev)); err != nil {
		return err
	}
	var major, minor, sms, ver int32
	var mem uintptr
	for _, c := range []struct {
		v    *int32
		attr int32
	}{{&major, attrComputeMajor}, {&minor, attrComputeMinor}, {&sms, attrMultiprocessors}} {
		if err := d.check("cuDeviceGetAttribute", d.cuDeviceGetAttribute(c.v, c.attr, b.dev)); err != nil {
			return err
		}
	}
	if err := d.check("cuDeviceTotalMem", d.cuDeviceTotalMem(&mem, b.dev)); err != nil {
		return err
	}
	if err := d.check("cuDriverGetVersion", d.cuDriverGetVersion(&ver)); err != nil {
		return err
	}
	b.info = DeviceInfo{
		Index:             device,
		Name:              strings.TrimRight(string(name), "\x00"),
		ComputeCapability: [2]int{int(major), int(minor)},
		MemoryBytes:       uint64(mem),
		Multiprocessors:   int(sms),
		DriverVersion:     int(ver),
	}
	return nil
}

// load loads every PTX module, resolves the kernels and uploads the zero
// subtree table.
func (b *Backend) load(ptx map[string][]byte) error {
	unbind, err := b.bind()
	if err != nil {
		return err
	}
	defer unbind()
	d := b.drv
	names := make([]string, 0, len(ptx))
	for name := range ptx {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		mod, err := b.loadModule(name, ptx[name])
		if err != nil {
			return err
		}
		b.mods = append(b.mods, mod)
	}
	for _, k := range kernels {
		for _, mod := range b.mods {
			var f uintptr
			if d.cuModuleGetFunction(&f, mod, k) == cudaSuccess {
				b.fns[k] = f
				break
			}
		}
		if b.fns[k] == 0 {
			return fmt.Errorf("the embedded PTX lacks kernel %s: rebuild it with make ptx", k)
		}
	}
	if err := d.check("cuFuncSetAttribute(matmul_i8_mma)", d.cuFuncSetAttribute(b.fns["matmul_i8_mma"], funcAttrMaxDynamicSMs, mmaSharedBytes)); err != nil {
		return err
	}
	zeros := merkle.ChunkZeros()
	table := make([]byte, 0, len(zeros)*32)
	for _, z := range zeros {
		table = append(table, z[:]...)
	}
	if err := d.check("cuMemAlloc", d.cuMemAlloc(&b.zeros, uintptr(len(table)))); err != nil {
		return err
	}
	return d.check("cuMemcpyHtoD", d.cuMemcpyHtoD(b.zeros, unsafe.Pointer(&table[0]), uintptr(len(table))))
}

// loadModule JIT-loads one PTX module, returning the JIT log on failure.
func (b *Backend) loadModule(name string, text []byte) (uintptr, error) {
	image := append(append([]byte(nil), text...), 0) // the driver reads PTX as a C string
	log := make([]byte, 16<<10)
	var pin runtime.Pinner
	defer pin.Unpin()
	pin.Pin(&log[0])
	opts := []int32{jitErrorLogBuffer, jitErrorLogBufferSize}
	vals := []uintptr{uintptr(unsafe.Pointer(&log[0])), uintptr(len(log))}
	var mod uintptr
	r := b.drv.cuModuleLoadDataEx(&mod, &image[0], uint32(len(opts)), &opts[0], &vals[0])
	if err := b.drv.check("cuModuleLoadDataEx", r); err != nil {
		msg := strings.TrimSpace(strings.TrimRight(string(log), "\x00"))
		if msg != "" {
			return 0, fmt.Errorf("loading PTX module %s: %w: %s", name, err, msg)
		}
		return 0, fmt.Errorf("loading PTX module %s: %w", name, err)
	}
	return mod, nil
}

// bind makes the backend's context current on this goroutine's thread, which
// it locks until the returned function is called: CUDA contexts are
// per-thread state and goroutines move between threads.
func (b *Backend) bind() (func(), error) {
	runtime.LockOSThread()
	if err := b.drv.check("cuCtxSetCurrent", b.drv.cuCtxSetCurrent(b.ctx)); err != nil {
		runtime.UnlockOSThread()
		return nil, err
	}
	return runtime.UnlockOSThread, nil
}

// Name returns "cuda".
func (b *Backend) Name() string { return "cuda" }

// Device describes the GPU.
func (b *Backend) Device() DeviceInfo { return b.info }

// Close unloads the kernels and releases the device. Machines must be closed
// first.
func (b *Backend) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed || b.ctx == 0 {
		return nil
	}
	b.closed = true
	unbind, err := b.bind()
	if err != nil {
		return err
	}
	defer unbind()
	d := b.drv
	var errs []error
	if b.zeros != 0 {
		errs = append(errs, d.check("cuMemFree", d.cuMemFree(b.zeros)))
	}
	for _, m := range b.mods {
		errs = append(errs, d.check("cuModuleUnload", d.cuModuleUnload(m)))
	}
	errs = append(errs, d.check("cuDevicePrimaryCtxRelease", d.cuDevicePrimaryCtxRelease(b.dev)))
	return errors.Join(errs...)
}

// NewMachine allocates the program's slots on the device, zeroed.
func (b *Backend) NewMachine(ctx context.Context, p *compute.Program) (compute.Machine, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b.mu.Lock()
	closed := b.closed
	b.mu.Unlock()
	if closed {
		return nil, errors.New("cuda backend is closed")
	}
	return newMachine(b, p)
}
