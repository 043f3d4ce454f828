//go:build cgo

package gpuinfo

import (
	"fmt"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// nvmlAPI is the part of NVML read here (nvml.Interface has it; the tests
// substitute a fake).
type nvmlAPI interface {
	Init() nvml.Return
	Shutdown() nvml.Return
	SystemGetDriverVersion() (string, nvml.Return)
	DeviceGetCount() (int, nvml.Return)
	DeviceGetHandleByIndex(int) (nvml.Device, nvml.Return)
}

var newNVML = func() nvmlAPI { return nvml.New() }

// GPUs lists the NVIDIA GPUs. Without libnvidia-ml.so.1 (or with the driver
// not loaded) the error wraps ErrNoDriver.
func GPUs() ([]GPU, error) { return listGPUs(newNVML()) }

func listGPUs(lib nvmlAPI) ([]GPU, error) {
	switch r := lib.Init(); r {
	case nvml.SUCCESS:
	case nvml.ERROR_LIBRARY_NOT_FOUND:
		return nil, fmt.Errorf("%w: NVML (libnvidia-ml.so.1) not found", ErrNoDriver)
	case nvml.ERROR_DRIVER_NOT_LOADED:
		return nil, fmt.Errorf("%w: the NVIDIA kernel driver is not loaded", ErrNoDriver)
	default:
		return nil, fmt.Errorf("NVML init: %s", r.Error())
	}
	// Error strings are formatted before Shutdown, which unloads the library
	// that formats them.
	gpus, err := readGPUs(lib)
	lib.Shutdown()
	return gpus, err
}

func readGPUs(lib nvmlAPI) ([]GPU, error) {
	driver, r := lib.SystemGetDriverVersion()
	if r != nvml.SUCCESS {
		return nil, fmt.Errorf("NVML driver version: %s", r.Error())
	}
	n, r := lib.DeviceGetCount()
	if r != nvml.SUCCESS {
		return nil, fmt.Errorf("NVML device count: %s", r.Error())
	}
	gpus := make([]GPU, 0, n)
	for i := 0; i < n; i++ {
		dev, r := lib.DeviceGetHandleByIndex(i)
		if r != nvml.SUCCESS {
			return nil, fmt.Errorf("NVML GPU %d: %s", i, r.Error())
		}
		g := GPU{Index: i, DriverVersion: driver}
		fail := func(what string, r nvml.Return) error { return fmt.Errorf("NVML GPU %d %s: %s", i, what, r.Error()) }
		if g.Model, r = dev.GetName(); r != nvml.SUCCESS {
			return nil, fail("name", r)
		}
		mem, r := dev.GetMemoryInfo()
		if r != nvml.SUCCESS {
			return nil, fail("memory", r)
		}
		g.MemoryBytes = mem.Total
		if g.UUID, r = dev.GetUUID(); r != nvml.SUCCESS {
			return nil, fail("UUID", r)
		}
		major, minor, r := dev.GetCudaComputeCapability()
		if r != nvml.SUCCESS {
			return nil, fail("compute capability", r)
		}
		g.ComputeCapability = fmt.Sprintf("%d.%d", major, minor)
		gpus = append(gpus, g)
	}
	return gpus, nil
}
