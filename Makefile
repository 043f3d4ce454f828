# crux: every target CI and developers use. `make help` lists them.

GO       ?= go
PKGS     := ./...
FUZZTIME ?= 10s

.PHONY: help build test lint vet fmt-check unit bench fuzz mnist contracts contracts-test bindings-check js-test demo ptx gpu-check clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 14

build: ## build the crux binary into bin/
	$(GO) build -o bin/crux ./cmd/crux

test: lint bindings-check unit contracts-test ## everything CI runs

lint: vet fmt-check ## go vet and gofmt

vet:
	$(GO) vet $(PKGS)

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '/bindings/')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

unit: ## Go unit, property and end-to-end tests
	$(GO) test -timeout 30m $(PKGS)

bench: ## print the performance figures (matmul GOPS, commitment MB/s, MNIST time)
	@scripts/bench.sh

fuzz: ## run every fuzz target for FUZZTIME each
	@scripts/fuzz.sh $(FUZZTIME)

contracts: ## compile the L1 contracts and regenerate their Go bindings
	scripts/bindings.sh

bindings-check: ## fail if the committed Go bindings or L2 module ABIs differ from the contracts
	scripts/bindings.sh --check
	scripts/l2abi.sh --check

contracts-test: ## forge unit, fuzz and invariant tests of the L1 contracts
	l1contracts/scripts/test.sh

js-test: ## ethers v6 client tests against a live sequencer (e2e/js; needs node, npm ci on first run)
	$(GO) test -count=1 -timeout 5m -run TestJSClient -v ./e2e/js

demo: build ## the showcase: a devnet where a cheater is slashed and an honest executor is paid (about a minute)
	bin/crux devnet --demo --l1.addr 127.0.0.1:0 --l2.addr 127.0.0.1:0

mnist: ## retrain and re-export the MNIST example (deterministic)
	$(GO) run ./examples/mnist/gen

ptx: ## compile compute/cuda/kernels/*.cu to PTX for the CUDA backend (needs nvcc; GPUs sm_80 and newer)
	@nvcc=$${NVCC:-nvcc}; \
	if ! command -v "$$nvcc" >/dev/null 2>&1; then \
		echo "make ptx: $$nvcc not found: install the CUDA toolkit (12.x) or set NVCC; see docs/cuda.md" >&2; exit 1; \
	fi; \
	for cu in compute/cuda/kernels/*.cu; do \
		ptx=compute/cuda/ptx/$$(basename "$$cu" .cu).ptx; \
		echo "$$nvcc -ptx -arch=compute_80 $$cu -> $$ptx"; \
		"$$nvcc" -ptx -arch=compute_80 -std=c++17 -O3 -Icompute/cuda/kernels "$$cu" -o "$$ptx" || exit 1; \
	done

gpu-check: ## on a GPU machine: CUDA parity tests, then matmul TOPS (vs peak and cuBLASLt), device hashing GB/s, MNIST time
	@scripts/gpu-check.sh

clean:
	rm -rf bin
