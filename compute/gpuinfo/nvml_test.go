//go:build cgo

package gpuinfo

import (
	"errors"
	"strings"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock"
)

// fakeNVML serves devices (mock.Device values) or fails Init with init.
type fakeNVML struct {
	init     nvml.Return
	devices  []*mock.Device
	shutdown int
}

func (f *fakeNVML) Init() nvml.Return     { return f.init }
func (f *fakeNVML) Shutdown() nvml.Return { f.shutdown++; return nvml.SUCCESS }
func (f *fakeNVML) SystemGetDriverVersion() (string, nvml.Return) {
	return "550.54.15", nvml.SUCCESS
}
func (f *fakeNVML) DeviceGetCount() (int, nvml.Return) { return len(f.devices), nvml.SUCCESS }
func (f *fakeNVML) DeviceGetHandleByIndex(i int) (nvml.Device, nvml.Return) {
	if i < 0 || i >= len(f.devices) {
		return nil, nvml.ERROR_INVALID_ARGUMENT
	}
	return f.devices[i], nvml.SUCCESS
}

func h100(uuid string) *mock.Device {
	return &mock.Device{
		GetNameFunc:       func() (string, nvml.Return) { return "NVIDIA H100 80GB HBM3", nvml.SUCCESS },
		GetMemoryInfoFunc: func() (nvml.Memory, nvml.Return) { return nvml.Memory{Total: 85520809984}, nvml.SUCCESS },
		GetUUIDFunc:       func() (string, nvml.Return) { return uuid, nvml.SUCCESS },
		GetCudaComputeCapabilityFunc: func() (int, int, nvml.Return) {
			return 9, 0, nvml.SUCCESS
		},
	}
}

func TestListGPUs(t *testing.T) {
	f := &fakeNVML{devices: []*mock.Device{h100("GPU-a"), h100("GPU-b")}}
	gpus, err := listGPUs(f)
	if err != nil {
		t.Fatal(err)
	}
	want := GPU{Index: 1, Model: "NVIDIA H100 80GB HBM3", MemoryBytes: 85520809984, UUID: "GPU-b", ComputeCapability: "9.0", DriverVersion: "550.54.15"}
	if len(gpus) != 2 || gpus[1] != want || gpus[0].UUID != "GPU-a" {
		t.Fatalf("listGPUs = %+v", gpus)
	}
	if f.shutdown != 1 {
		t.Errorf("Shutdown called %d times", f.shutdown)
	}
	broken := h100("GPU-c")
	broken.GetUUIDFunc = func() (string, nvml.Return) { return "", nvml.ERROR_GPU_IS_LOST }
	f = &fakeNVML{devices: []*mock.Device{broken}}
	if _, err := listGPUs(f); err == nil || !strings.Contains(err.Error(), "GPU 0 UUID") {
		t.Errorf("lost GPU: %v", err)
	}
}

func TestNoDriver(t *testing.T) {
	for _, r := range []nvml.Return{nvml.ERROR_LIBRARY_NOT_FOUND, nvml.ERROR_DRIVER_NOT_LOADED} {
		if _, err := listGPUs(&fakeNVML{init: r}); !errors.Is(err, ErrNoDriver) {
			t.Errorf("Init %v: %v, want ErrNoDriver", r, err)
		}
	}
	if _, err := listGPUs(&fakeNVML{init: nvml.ERROR_NO_PERMISSION}); err == nil || errors.Is(err, ErrNoDriver) {
		t.Errorf("Init without permission: %v", err)
	}
}
