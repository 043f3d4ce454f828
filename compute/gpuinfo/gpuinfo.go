// Package gpuinfo describes a provider node's compute hardware for its
// registration (docs/dispute.md: registerNode(gpuModel, memoryBytes, uuid)):
// the NVIDIA GPUs as NVML reports them (model, memory, UUID, compute
// capability, driver version), or, on a machine without them, the CPU model
// and the machine's memory read from /proc.
//
// NVML is reached through github.com/NVIDIA/go-nvml, which loads
// libnvidia-ml.so.1 at run time: a binary built with this package starts on
// machines without a driver, where GPUs returns an error wrapping
// ErrNoDriver. go-nvml needs cgo; a build without cgo reports the same error.
package gpuinfo

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// ErrNoDriver means NVML, and so the NVIDIA driver, is not usable here.
var ErrNoDriver = errors.New("no NVIDIA driver")

// GPU is one NVIDIA GPU.
type GPU struct {
	Index             int
	Model             string // e.g. "NVIDIA H100 80GB HBM3"
	MemoryBytes       uint64 // total device memory
	UUID              string // e.g. "GPU-5e1f..."
	ComputeCapability string // e.g. "9.0"
	DriverVersion     string // e.g. "550.54.15"
}

// CPU describes a machine without GPUs.
type CPU struct {
	Model       string // /proc/cpuinfo "model name" (or the architecture)
	Threads     int    // logical CPUs
	MemoryBytes uint64 // /proc/meminfo MemTotal
}

// Node is what one provider node registers: a GPU, or the CPU fallback.
type Node struct {
	Kind        string // "gpu" or "cpu"
	Model       string
	MemoryBytes uint64
	UUID        string // the GPU's UUID; for a CPU node "cpu-" and /etc/machine-id, if readable
	// GPU nodes only.
	ComputeCapability string
	DriverVersion     string
}

// Nodes returns one node per GPU, or, where there are none (no driver, or
// no device), a single CPU node; fallback then says why there is no GPU.
func Nodes() (nodes []Node, fallback error, err error) {
	gpus, gerr := GPUs()
	if gerr == nil && len(gpus) > 0 {
		for _, g := range gpus {
			nodes = append(nodes, Node{Kind: "gpu", Model: g.Model, MemoryBytes: g.MemoryBytes, UUID: g.UUID,
				ComputeCapability: g.ComputeCapability, DriverVersion: g.DriverVersion})
		}
		return nodes, nil, nil
	}
	if gerr == nil {
		gerr = errors.New("NVML lists no GPU")
	}
	cpu, err := HostCPU()
	if err != nil {
		return nil, gerr, err
	}
	n := Node{Kind: "cpu", Model: cpu.Model, MemoryBytes: cpu.MemoryBytes}
	if id, err := os.ReadFile("/etc/machine-id"); err == nil && len(strings.TrimSpace(string(id))) > 0 {
		n.UUID = "cpu-" + strings.TrimSpace(string(id))
	}
	return []Node{n}, gerr, nil
}

// HostCPU describes this machine's CPU and memory from /proc (Linux).
func HostCPU() (CPU, error) {
	c := CPU{Model: runtime.GOARCH, Threads: runtime.NumCPU()}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		model, threads := parseCPUInfo(f)
		f.Close()
		if model != "" {
			c.Model = model
		}
		if threads > 0 {
			c.Threads = threads
		}
	}
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return CPU{}, fmt.Errorf("reading the machine's memory: %w", err)
	}
	defer f.Close()
	if c.MemoryBytes, err = parseMemInfo(f); err != nil {
		return CPU{}, fmt.Errorf("/proc/meminfo: %w", err)
	}
	return c, nil
}

// parseCPUInfo returns the first "model name" (x86), else "Model" or
// "Hardware" (some ARM kernels), and the number of "processor" entries of a
// /proc/cpuinfo.
func parseCPUInfo(r io.Reader) (model string, threads int) {
	var board, hardware string
	s := bufio.NewScanner(r)
	for s.Scan() {
		key, val, ok := strings.Cut(s.Text(), ":")
		if !ok {
			continue
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		switch key {
		case "processor":
			threads++
		case "model name":
			if model == "" {
				model = val
			}
		case "Model":
			if board == "" {
				board = val
			}
		case "Hardware":
			if hardware == "" {
				hardware = val
			}
		}
	}
	if model == "" {
		model = board
	}
	if model == "" {
		model = hardware
	}
	return model, threads
}

// parseMemInfo returns MemTotal of a /proc/meminfo in bytes.
func parseMemInfo(r io.Reader) (uint64, error) {
	s := bufio.NewScanner(r)
	for s.Scan() {
		key, val, ok := strings.Cut(s.Text(), ":")
		if !ok || strings.TrimSpace(key) != "MemTotal" {
			continue
		}
		f := strings.Fields(val)
		if len(f) == 0 {
			break
		}
		n, err := strconv.ParseUint(f[0], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("MemTotal %q: %w", val, err)
		}
		unit := uint64(1)
		if len(f) > 1 {
			switch strings.ToLower(f[1]) {
			case "kb":
				unit = 1 << 10
			case "mb":
				unit = 1 << 20
			case "gb":
				unit = 1 << 30
			default:
				return 0, fmt.Errorf("MemTotal %q: unknown unit", val)
			}
		}
		return n * unit, nil
	}
	if err := s.Err(); err != nil {
		return 0, err
	}
	return 0, errors.New("no MemTotal line")
}
