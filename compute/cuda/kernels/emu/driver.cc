// driver.cc: the subset of the CUDA driver API that compute/cuda calls,
// implemented on the host over the kernels compiled with -DCRUX_EMU (emu.h).
// Built by the Go tests into a stand-in for libcuda.so.1; never shipped.
//
// Device memory is mmap'ed host memory. Each allocation ends at a page
// boundary followed by an inaccessible guard page, so a kernel reading or
// writing past the end of a buffer crashes the test instead of passing
// silently, and new allocations are filled with 0xA5 (device memory is not
// zeroed by cuMemAlloc, so the backend must clear what it relies on).
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "emu.h"

typedef int CUresult;
typedef unsigned long long CUdeviceptr;

enum {
    CUDA_SUCCESS = 0,
    CUDA_ERROR_INVALID_VALUE = 1,
    CUDA_ERROR_OUT_OF_MEMORY = 2,
    CUDA_ERROR_NOT_INITIALIZED = 3,
    CUDA_ERROR_INVALID_DEVICE = 101,
    CUDA_ERROR_INVALID_IMAGE = 200,
    CUDA_ERROR_INVALID_HANDLE = 400,
    CUDA_ERROR_NOT_FOUND = 500,
    CUDA_ERROR_LAUNCH_FAILED = 719,
};

namespace crux_emu {

static std::map<std::string, Thunk>& registry() {
    static std::map<std::string, Thunk> r;
    return r;
}

Registrar::Registrar(const char* name, Thunk t) { registry()[name] = t; }

enum State { READY, AT_BLOCK, AT_WARP, DONE };

struct AsyncCopy {
    void* dst;
    const void* src;
    unsigned bytes;
    unsigned group;
};

struct Fiber {
    ucontext_t uc;
    State st;
    Ctx ctx;
    std::vector<AsyncCopy> pending;  // queued cp.async copies
    unsigned group;                  // the group being filled
};

// One launch in progress. Launches are serialised by launch_mu: __shared__
// variables are process-wide statics.
struct Launch {
    Thunk fn;
    void** args;
    std::vector<Fiber> fibers;
    std::vector<unsigned long long> xchg;  // 16 words per thread
    ucontext_t sched;
    unsigned long long rng;  // xorshift state: the warp release schedule
};

static std::mutex launch_mu;
static thread_local Launch* cur;
static thread_local int cur_fiber;

const Ctx& ctx() { return cur->fibers[cur_fiber].ctx; }

static void yield(State s) {
    Fiber& me = cur->fibers[cur_fiber];
    me.st = s;
    swapcontext(&me.uc, &cur->sched);
}

void syncthreads() { yield(AT_BLOCK); }
void syncwarp() { yield(AT_WARP); }
unsigned long long* lane_slots() { return &cur->xchg[(size_t)cur_fiber * 16]; }
const unsigned long long* warp_slots() { return &cur->xchg[(size_t)(cur_fiber / 32) * 32 * 16]; }
unsigned lane_id() { return (unsigned)cur_fiber % 32; }

void async_copy(void* smem, const void* gmem, unsigned src_bytes) {
    Fiber& me = cur->fibers[cur_fiber];
    me.pending.push_back(AsyncCopy{smem, gmem, src_bytes, me.group});
}

void async_commit() { cur->fibers[cur_fiber].group++; }

void async_wait(int n) {
    Fiber& me = cur->fibers[cur_fiber];
    // Groups below me.group - n are retired: complete their copies, in order.
    size_t keep = 0;
    for (size_t i = 0; i < me.pending.size(); ++i) {
        AsyncCopy& c = me.pending[i];
        if (c.group + (unsigned)n < me.group) {
            std::memset(c.dst, 0, 16);
            if (c.bytes) std::memcpy(c.dst, c.src, c.bytes);
        } else {
            me.pending[keep++] = c;
        }
    }
    me.pending.resize(keep);
}

static void fiber_main() {
    cur->fn(cur->args);
    // A thread that exits with copies in flight loses them on the GPU as
    // well (the data would land after the block's shared memory is gone).
    cur->fibers[cur_fiber].pending.clear();
    cur->fibers[cur_fiber].st = DONE;
    // returning resumes uc_link, the scheduler
}

static const size_t kStack = 256 << 10;

// run_block runs every thread of one block to completion, releasing warp
// barriers when all live lanes of a warp wait at one and the block barrier
// when all live threads wait at it. Returns false on a barrier deadlock.
static bool run_block(Launch& L, char* const* stacks, dim3 block, dim3 bdim, dim3 gdim, unsigned char* dyn) {
    int n = (int)(bdim.x * bdim.y * bdim.z);
    for (int i = 0; i < n; ++i) {
        Fiber& f = L.fibers[i];
        f.st = READY;
        f.pending.clear();
        f.group = 0;
        f.ctx.thread_idx = dim3{(unsigned)i % bdim.x, ((unsigned)i / bdim.x) % bdim.y, (unsigned)i / (bdim.x * bdim.y)};
        f.ctx.block_idx = block;
        f.ctx.block_dim = bdim;
        f.ctx.grid_dim = gdim;
        f.ctx.dyn_smem = dyn;
        getcontext(&f.uc);
        f.uc.uc_stack.ss_sp = stacks[i];
        f.uc.uc_stack.ss_size = kStack;
        f.uc.uc_link = &L.sched;
        makecontext(&f.uc, fiber_main, 0);
    }
    for (unsigned phase = 0;; ++phase) {
        for (int k = 0; k < n; ++k) {
            int i = (phase & 1) ? n - 1 - k : k;
            if (L.fibers[i].st == READY) {
                cur_fiber = i;
                swapcontext(&L.sched, &L.fibers[i].uc);
            }
        }
        int live = 0, at_block = 0;
        for (int i = 0; i < n; ++i) {
            live += L.fibers[i].st != DONE;
            at_block += L.fibers[i].st == AT_BLOCK;
        }
        if (live == 0) return true;
        // Warps whose live lanes all wait at a warp barrier may go on; each
        // is released with probability 1/2 per phase (at least one of them
        // is), so warps run ahead of each other between block barriers.
        bool released = false;
        int first_ready = -1;
        for (int w = 0; w * 32 < n; ++w) {
            int lo = w * 32, hi = lo + 32 < n ? lo + 32 : n, waiting = 0, alive = 0;
            for (int i = lo; i < hi; ++i) {
                alive += L.fibers[i].st != DONE;
                waiting += L.fibers[i].st == AT_WARP;
            }
            if (alive == 0 || waiting != alive) continue;
            if (first_ready < 0) first_ready = w;
            L.rng ^= L.rng << 13;
            L.rng ^= L.rng >> 7;
            L.rng ^= L.rng << 17;
            if (L.rng & 1) {
                for (int i = lo; i < hi; ++i)
                    if (L.fibers[i].st == AT_WARP) L.fibers[i].st = READY;
                released = true;
            }
        }
        if (!released && first_ready >= 0) {
            for (int i = first_ready * 32; i < first_ready * 32 + 32 && i < n; ++i)
                if (L.fibers[i].st == AT_WARP) L.fibers[i].st = READY;
            released = true;
        }
        if (!released && at_block == live) {
            for (int i = 0; i < n; ++i)
                if (L.fibers[i].st == AT_BLOCK) L.fibers[i].st = READY;
            released = true;
        }
        if (!released) {
            std::fprintf(stderr, "crux emu: barrier deadlock in block (%u,%u,%u)\n", block.x, block.y, block.z);
            return false;
        }
    }
}

}  // namespace crux_emu

using namespace crux_emu;

struct EmuModule {
    int unused;
};

static std::mutex mem_mu;
struct Mapping {
    void* base;
    size_t len;    // of the whole mapping, guard page included
    size_t bytes;  // asked for
};
static std::map<CUdeviceptr, Mapping> mappings;
static bool initialized;
static const size_t kTotalMem = 16ull << 30;
static size_t used_mem;

extern "C" {

CUresult cuInit(unsigned flags) {
    if (flags != 0) return CUDA_ERROR_INVALID_VALUE;
    initialized = true;
    return CUDA_SUCCESS;
}

CUresult cuDriverGetVersion(int* v) {
    *v = 12000;
    return CUDA_SUCCESS;
}

CUresult cuDeviceGetCount(int* n) {
    if (!initialized) return CUDA_ERROR_NOT_INITIALIZED;
    *n = 1;
    return CUDA_SUCCESS;
}

CUresult cuDeviceGet(int* d, int ordinal) {
    if (ordinal != 0) return CUDA_ERROR_INVALID_DEVICE;
    *d = 0;
    return CUDA_SUCCESS;
}

CUresult cuDeviceGetName(char* name, int len, int dev) {
    if (dev != 0) return CUDA_ERROR_INVALID_DEVICE;
    std::snprintf(name, (size_t)len, "crux host emulator");
    return CUDA_SUCCESS;
}

CUresult cuDeviceGetAttribute(int* v, int attrib, int dev) {
    if (dev != 0) return CUDA_ERROR_INVALID_DEVICE;
    switch (attrib) {
        case 75: *v = 8; return CUDA_SUCCESS;    // compute capability major
        case 76: *v = 0; return CUDA_SUCCESS;    // minor
        case 16: *v = 1; return CUDA_SUCCESS;    // multiprocessors
    }
    *v = 0;
    return CUDA_SUCCESS;
}

CUresult cuDeviceTotalMem_v2(size_t* bytes, int dev) {
    if (dev != 0) return CUDA_ERROR_INVALID_DEVICE;
    *bytes = kTotalMem;
    return CUDA_SUCCESS;
}

static int primary_ctx;

CUresult cuDevicePrimaryCtxRetain(void** c, int dev) {
    if (dev != 0) return CUDA_ERROR_INVALID_DEVICE;
    *c = &primary_ctx;
    return CUDA_SUCCESS;
}

CUresult cuDevicePrimaryCtxRelease_v2(int dev) { return dev == 0 ? CUDA_SUCCESS : CUDA_ERROR_INVALID_DEVICE; }

CUresult cuCtxSetCurrent(void* c) { return c == &primary_ctx || c == nullptr ? CUDA_SUCCESS : CUDA_ERROR_INVALID_HANDLE; }

CUresult cuCtxSynchronize(void) { return CUDA_SUCCESS; }

// Modules: the image is ignored (there is no PTX to read); every module
// resolves every kernel compiled into this library.
CUresult cuModuleLoadDataEx(void** m, const void* image, unsigned n, int* opts, void** vals) {
    (void)n;
    (void)opts;
    (void)vals;
    if (image == nullptr) return CUDA_ERROR_INVALID_IMAGE;
    *m = new EmuModule();
    return CUDA_SUCCESS;
}

CUresult cuModuleUnload(void* m) {
    delete (EmuModule*)m;
    return CUDA_SUCCESS;
}

CUresult cuModuleGetFunction(void** f, void* m, const char* name) {
    if (m == nullptr) return CUDA_ERROR_INVALID_HANDLE;
    auto it = registry().find(name);
    if (it == registry().end()) return CUDA_ERROR_NOT_FOUND;
    *f = (void*)it->second;
    return CUDA_SUCCESS;
}

CUresult cuFuncSetAttribute(void* f, int attrib, int value) {
    (void)attrib;
    (void)value;
    return f ? CUDA_SUCCESS : CUDA_ERROR_INVALID_HANDLE;
}

CUresult cuMemGetInfo_v2(size_t* free_bytes, size_t* total) {
    std::lock_guard<std::mutex> g(mem_mu);
    *free_bytes = kTotalMem - used_mem;
    *total = kTotalMem;
    return CUDA_SUCCESS;
}

CUresult cuMemAlloc_v2(CUdeviceptr* p, size_t bytes) {
    if (bytes == 0) return CUDA_ERROR_INVALID_VALUE;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t body = (bytes + page - 1) / page * page;
    void* m = mmap(nullptr, body + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return CUDA_ERROR_OUT_OF_MEMORY;
    mprotect((char*)m + body, page, PROT_NONE);
    // Align the end of the buffer with the guard page, keeping the start
    // 256-byte aligned like cuMemAlloc (crux allocates multiples of 1024).
    size_t start = (body - bytes) & ~(size_t)255;
    char* ptr = (char*)m + start;
    std::memset(ptr, 0xA5, bytes);
    std::lock_guard<std::mutex> g(mem_mu);
    mappings[(CUdeviceptr)(uintptr_t)ptr] = Mapping{m, body + page, bytes};
    used_mem += bytes;
    *p = (CUdeviceptr)(uintptr_t)ptr;
    return CUDA_SUCCESS;
}

CUresult cuMemFree_v2(CUdeviceptr p) {
    std::lock_guard<std::mutex> g(mem_mu);
    auto it = mappings.find(p);
    if (it == mappings.end()) return CUDA_ERROR_INVALID_VALUE;
    munmap(it->second.base, it->second.len);
    used_mem -= it->second.bytes;
    mappings.erase(it);
    return CUDA_SUCCESS;
}

CUresult cuMemcpyHtoD_v2(CUdeviceptr dst, const void* src, size_t n) {
    std::memcpy((void*)(uintptr_t)dst, src, n);
    return CUDA_SUCCESS;
}

CUresult cuMemcpyDtoH_v2(void* dst, CUdeviceptr src, size_t n) {
    std::memcpy(dst, (const void*)(uintptr_t)src, n);
    return CUDA_SUCCESS;
}

CUresult cuMemcpyDtoD_v2(CUdeviceptr dst, CUdeviceptr src, size_t n) {
    std::memmove((void*)(uintptr_t)dst, (const void*)(uintptr_t)src, n);
    return CUDA_SUCCESS;
}

CUresult cuMemsetD8_v2(CUdeviceptr dst, unsigned char v, size_t n) {
    std::memset((void*)(uintptr_t)dst, v, n);
    return CUDA_SUCCESS;
}

CUresult cuLaunchKernel(void* f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                        unsigned shmem, void* stream, void** params, void** extra) {
    (void)stream;
    if (f == nullptr) return CUDA_ERROR_INVALID_HANDLE;
    if (extra != nullptr || gx == 0 || gy == 0 || gz == 0 || bx == 0 || by == 0 || bz == 0) return CUDA_ERROR_INVALID_VALUE;
    unsigned n = bx * by * bz;
    if (n > 1024) return CUDA_ERROR_INVALID_VALUE;
    std::lock_guard<std::mutex> g(launch_mu);
    Launch L;
    L.fn = (Thunk)f;
    L.args = params;
    L.fibers.resize(n);
    L.xchg.assign((size_t)((n + 31) / 32) * 32 * 16, 0);
    L.rng = 0x9E3779B97F4A7C15ull;
    // Fiber stacks, kept across launches (allocating and clearing them each
    // time would dominate small launches).
    static std::vector<char*> stacks_cache;
    while (stacks_cache.size() < n) stacks_cache.push_back((char*)std::malloc(kStack));
    std::vector<unsigned long long> dyn((shmem + 7) / 8 + 2);
    cur = &L;
    for (unsigned z = 0; z < gz; ++z)
        for (unsigned y = 0; y < gy; ++y)
            for (unsigned x = 0; x < gx; ++x) {
                // Fresh garbage in dynamic shared memory for every block.
                std::memset(dyn.data(), 0x5A, dyn.size() * 8);
                if (!run_block(L, stacks_cache.data(), dim3{x, y, z}, dim3{bx, by, bz}, dim3{gx, gy, gz},
                               (unsigned char*)dyn.data())) {
                    cur = nullptr;
                    return CUDA_ERROR_LAUNCH_FAILED;
                }
            }
    cur = nullptr;
    return CUDA_SUCCESS;
}

static const char* err_name(CUresult e) {
    switch (e) {
        case CUDA_SUCCESS: return "CUDA_SUCCESS";
        case CUDA_ERROR_INVALID_VALUE: return "CUDA_ERROR_INVALID_VALUE";
        case CUDA_ERROR_OUT_OF_MEMORY: return "CUDA_ERROR_OUT_OF_MEMORY";
        case CUDA_ERROR_NOT_INITIALIZED: return "CUDA_ERROR_NOT_INITIALIZED";
        case CUDA_ERROR_INVALID_DEVICE: return "CUDA_ERROR_INVALID_DEVICE";
        case CUDA_ERROR_INVALID_IMAGE: return "CUDA_ERROR_INVALID_IMAGE";
        case CUDA_ERROR_INVALID_HANDLE: return "CUDA_ERROR_INVALID_HANDLE";
        case CUDA_ERROR_NOT_FOUND: return "CUDA_ERROR_NOT_FOUND";
        case CUDA_ERROR_LAUNCH_FAILED: return "CUDA_ERROR_LAUNCH_FAILED";
    }
    return nullptr;
}

CUresult cuGetErrorName(CUresult e, const char** s) {
    *s = err_name(e);
    return *s ? CUDA_SUCCESS : CUDA_ERROR_INVALID_VALUE;
}

CUresult cuGetErrorString(CUresult e, const char** s) {
    *s = err_name(e) ? "emulated error" : nullptr;
    if (e == CUDA_SUCCESS) *s = "no error";
    return *s ? CUDA_SUCCESS : CUDA_ERROR_INVALID_VALUE;
}

}  // extern "C"
