package gpuinfo

import (
	"errors"
	"strings"
	"testing"
)

const cpuinfoX86 = `processor	: 0
vendor_id	: AuthenticAMD
model name	: AMD EPYC 9654 96-Core Processor
flags		: fpu vme

processor	: 1
vendor_id	: AuthenticAMD
model name	: AMD EPYC 9654 96-Core Processor
`

const cpuinfoARM = `processor	: 0
BogoMIPS	: 50.00
Features	: fp asimd

processor	: 1
BogoMIPS	: 50.00

Hardware	: BCM2835
Model		: Raspberry Pi 4 Model B Rev 1.4
`

func TestParseCPUInfo(t *testing.T) {
	for _, c := range []struct {
		name, text, model string
		threads           int
	}{
		{"x86", cpuinfoX86, "AMD EPYC 9654 96-Core Processor", 2},
		{"arm", cpuinfoARM, "Raspberry Pi 4 Model B Rev 1.4", 2},
		{"empty", "", "", 0},
	} {
		model, threads := parseCPUInfo(strings.NewReader(c.text))
		if model != c.model || threads != c.threads {
			t.Errorf("%s: %q, %d; want %q, %d", c.name, model, threads, c.model, c.threads)
		}
	}
}

func TestParseMemInfo(t *testing.T) {
	got, err := parseMemInfo(strings.NewReader("MemTotal:       24684096 kB\nMemFree:        21239164 kB\n"))
	if err != nil || got != 24684096<<10 {
		t.Fatalf("parseMemInfo = %d, %v", got, err)
	}
	for _, bad := range []string{"MemFree: 1 kB\n", "MemTotal: lots kB\n", "MemTotal: 5 parsecs\n", "MemTotal:\n"} {
		if _, err := parseMemInfo(strings.NewReader(bad)); err == nil {
			t.Errorf("parseMemInfo(%q) succeeded", bad)
		}
	}
}

// The fallback on this machine: a model and the memory from /proc.
func TestHostCPU(t *testing.T) {
	c, err := HostCPU()
	if err != nil {
		t.Fatal(err)
	}
	if c.Model == "" || c.Threads < 1 || c.MemoryBytes < 1<<20 {
		t.Fatalf("HostCPU() = %+v", c)
	}
	t.Logf("%+v", c)
}

// Nodes on a machine without an NVIDIA driver: one CPU node, and the reason.
func TestNodesFallback(t *testing.T) {
	if _, err := GPUs(); err == nil {
		t.Skip("this machine has NVML")
	}
	nodes, fallback, err := Nodes()
	if err != nil {
		t.Fatal(err)
	}
	if len(nodes) != 1 || nodes[0].Kind != "cpu" || nodes[0].Model == "" || nodes[0].MemoryBytes == 0 {
		t.Fatalf("Nodes() = %+v", nodes)
	}
	if !errors.Is(fallback, ErrNoDriver) {
		t.Fatalf("fallback reason %v, want ErrNoDriver", fallback)
	}
	t.Logf("%+v (%v)", nodes[0], fallback)
}
