// Package jstest holds the JavaScript client tests of the sequencer: what a
// dApp does through ethers v6 (*.test.mjs, run with `node --test`) against a
// real sequencer that js_test.go starts on free ports. Run them with
// `make js-test` or `go test ./e2e/js`; they skip only where node is not
// installed.
package jstest
