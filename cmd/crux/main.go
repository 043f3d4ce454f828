// Command crux is the one binary of the crux rollup: every role and tool is a
// subcommand. Run `crux help` for the list.
package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"
)

// version is set at link time (-ldflags "-X main.version=v0.1.0").
var version = "dev"

func main() {
	if err := newApp(os.Stdout, os.Stderr).Run(os.Args); err != nil {
		// One line, so scripts and people see the whole reason at once.
		fmt.Fprintf(os.Stderr, "crux: %s\n", strings.ReplaceAll(err.Error(), "\n", "; "))
		os.Exit(1)
	}
}

// env names the environment variable that can set a flag: every flag has one.
func env(flag string) []string {
	return []string{"CRUX_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(flag))}
}

func newApp(stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:      "crux",
		Usage:     "an optimistic rollup for verifiable compute",
		Writer:    stdout,
		ErrWriter: stderr,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "log.level", Value: "info", Usage: "log level: debug, info, warn or error", EnvVars: env("log.level")},
			&cli.StringFlag{Name: "log.format", Value: "text", Usage: "log format: text or json", EnvVars: env("log.format")},
		},
		Before: func(c *cli.Context) error {
			logger, err := newLogger(stderr, c.String("log.level"), c.String("log.format"))
			if err != nil {
				return err
			}
			c.App.Metadata = map[string]any{"logger": logger}
			return nil
		},
		Commands: []*cli.Command{
			versionCommand(),
			runCommand(),
			sequencerCommand(),
			replicaCommand(),
			executorCommand(),
			challengerCommand(),
			watchCommand(),
			contractsCommand(),
			providerCommand(),
			jobCommand(),
			creditCommand(),
			devnetCommand(),
		},
		// Errors are printed once, by main.
		ExitErrHandler:  func(*cli.Context, error) {},
		HideHelpCommand: false,
	}
}

// newLogger builds the process logger from the global flags.
func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log.level %q: want debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("--log.format %q: want text or json", format)
}

// logger returns the logger Before installed.
func logger(c *cli.Context) *slog.Logger {
	if l, ok := c.App.Metadata["logger"].(*slog.Logger); ok {
		return l
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func versionCommand() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version",
		Action: func(c *cli.Context) error {
			commit := "unknown"
			if info, ok := debug.ReadBuildInfo(); ok {
				for _, s := range info.Settings {
					if s.Key == "vcs.revision" {
						commit = s.Value
					}
				}
			}
			fmt.Fprintf(c.App.Writer, "crux %s (commit %s, %s, %s/%s)\n", version, commit, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}
