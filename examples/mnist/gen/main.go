// Command gen trains the crux MNIST example model and writes its program and
// weights, or writes the MNIST test set as the program's input.
//
// Run from the repository root:
//
//	go run ./examples/mnist/gen                  # train; write examples/mnist/program.json and weights/*.npy
//	go run ./examples/mnist/gen -testdata DIR    # write DIR/images.npy (int8 [10000,784]) and DIR/labels.npy (int32 [10000])
//
// Training is deterministic: rerunning it rewrites byte-identical files.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/npy"
	"github.com/crux-rollup/crux/examples/mnist/mnist"
)

// calibImages is how many training images calibrate the activation scales.
const calibImages = 10000

// percentile of the hidden activations that maps to int8 127.
const percentile = 0.9999

func main() {
	log.SetFlags(0)
	out := flag.String("out", filepath.Join("examples", "mnist"), "directory to write program.json and weights/ into")
	testdata := flag.String("testdata", "", "only write the test set as DIR/images.npy and DIR/labels.npy")
	epochs := flag.Int("epochs", mnist.DefaultConfig().Epochs, "training epochs")
	flag.Parse()
	if flag.NArg() > 0 {
		log.Fatalf("unexpected arguments %q", flag.Args())
	}
	if *testdata != "" {
		if err := writeTestdata(*testdata); err != nil {
			log.Fatal(err)
		}
		return
	}
	if err := generate(*out, *epochs); err != nil {
		log.Fatal(err)
	}
}

func writeTestdata(dir string) error {
	test, err := mnist.LoadTest()
	if err != nil {
		return err
	}
	if test.Len() != mnist.Batch {
		return fmt.Errorf("test set has %d images, the program takes %d", test.Len(), mnist.Batch)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	images := filepath.Join(dir, mnist.ImagesSlot+".npy")
	if err := npy.WriteFile(images, mnist.ImagesTensor(test, mnist.Batch)); err != nil {
		return err
	}
	labels := filepath.Join(dir, "labels.npy")
	if err := npy.WriteFile(labels, mnist.LabelsTensor(test, mnist.Batch)); err != nil {
		return err
	}
	log.Printf("wrote %s and %s", images, labels)
	return nil
}

func generate(out string, epochs int) error {
	if st, err := os.Stat(out); err != nil || !st.IsDir() {
		return fmt.Errorf("output directory %s does not exist (run from the repository root or pass -out)", out)
	}
	train, err := mnist.LoadTrain()
	if err != nil {
		return err
	}
	test, err := mnist.LoadTest()
	if err != nil {
		return err
	}
	cfg := mnist.DefaultConfig()
	cfg.Epochs = epochs
	cfg.Log = log.Printf
	log.Printf("training %d-%v-10 on %d images, %d epochs", mnist.Pixels, cfg.Hidden, train.Len(), cfg.Epochs)
	start := time.Now()
	m, err := mnist.Train(train, cfg)
	if err != nil {
		return err
	}
	trainTime := time.Since(start)
	floatAcc := m.Accuracy(test)
	log.Printf("trained in %.1fs; float test accuracy %.2f%%", trainTime.Seconds(), 100*floatAcc)

	q, err := mnist.Quantize(m, train.Images[:calibImages], percentile)
	if err != nil {
		return err
	}
	prog, weights, err := mnist.Build(q, mnist.Batch)
	if err != nil {
		return err
	}
	outs, err := mnist.Run(context.Background(), prog, withImages(weights, mnist.ImagesTensor(test, mnist.Batch)))
	if err != nil {
		return err
	}
	intAcc := mnist.Accuracy(outs[mnist.PredSlot], test)
	for i, L := range q.Layers {
		r := "none (logits)"
		if L.Requant != nil {
			r = fmt.Sprintf("multiplier %d shift %d (activation scale %.5g)", L.Requant.Multiplier, L.Requant.Shift, L.OutScale)
		}
		log.Printf("layer %d: %v, weight scale %.5g, requant %s", i+1, L.W.Shape, L.WScale, r)
	}
	log.Printf("int8 test accuracy %.2f%% (float %.2f%%)", 100*intAcc, 100*floatAcc)
	if err := mnist.WriteFiles(out, prog, weights); err != nil {
		return err
	}
	log.Printf("wrote %s and %s/*.npy", filepath.Join(out, mnist.ProgramFile), filepath.Join(out, mnist.WeightsDir))
	return nil
}

func withImages(weights map[string]compute.Tensor, images compute.Tensor) map[string]compute.Tensor {
	in := map[string]compute.Tensor{mnist.ImagesSlot: images}
	for k, v := range weights {
		in[k] = v
	}
	return in
}
