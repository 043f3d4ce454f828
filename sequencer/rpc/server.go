// Package rpc is the sequencer's JSON-RPC front end, over HTTP and
// WebSocket, on go-ethereum's rpc server: the eth_ methods Ethereum tools
// use (ethclient, ethers, viem, abigen bindings), net_ and web3_, eth_subscribe
// (newHeads, logs) on WebSocket, and the crux_ namespace (blobs, job status,
// withdrawal proofs). Module calls go through l2.Processor.Call, so their
// reverts come back as code 3 with the ABI-encoded custom error.
//
// No admin method is served unless Config.Admin is set.
package rpc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/crux-rollup/crux/sequencer"
)

// Config configures the servers.
type Config struct {
	// HTTPAddr is host:port for HTTP (and WebSocket upgrades); empty: none.
	HTTPAddr string
	// WSAddr is host:port for a WebSocket-only listener; empty: none (the
	// HTTP port still accepts WebSocket upgrades).
	WSAddr string
	// CORSOrigins are the browser origins allowed over HTTP ("*": any).
	CORSOrigins []string
	// WSOrigins are the browser origins allowed over WebSocket ("*": any;
	// empty: localhost only, as in geth).
	WSOrigins []string
	// ClientVersion is what web3_clientVersion returns.
	ClientVersion string
	// Admin serves the admin_ namespace (status of the pool and WAL).
	Admin bool
	// MaxLogs bounds the logs one eth_getLogs returns.
	MaxLogs int
	// MaxLogBlocks bounds the block range eth_getLogs scans when no
	// address or topic narrows it.
	MaxLogBlocks uint64
	// Logger receives the server's logs.
	Logger *slog.Logger
}

// Server serves one Service.
type Server struct {
	cfg  Config
	log  *slog.Logger
	rpc  *gethrpc.Server
	mu   sync.Mutex
	srvs []*http.Server
	lns  []net.Listener
}

// New registers the APIs of s.
func New(s *sequencer.Service, cfg Config) (*Server, error) {
	if cfg.ClientVersion == "" {
		cfg.ClientVersion = "crux-sequencer"
	}
	if cfg.MaxLogs <= 0 {
		cfg.MaxLogs = 10_000
	}
	if cfg.MaxLogBlocks == 0 {
		cfg.MaxLogBlocks = 10_000
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	r := gethrpc.NewServer()
	// Room for a maximal blob in hex plus the envelope.
	// Hex doubles a blob or job bundle; a megabyte more for the envelope.
	limit := max(5<<20, 2*s.Config().MaxBlobSize+(1<<20), 2*MaxJobBytes+(1<<20))
	r.SetHTTPBodyLimit(limit)
	r.SetWebsocketReadLimit(int64(limit))
	r.SetBatchLimits(1000, 25<<20)
	eth := &EthAPI{s: s, cfg: cfg}
	apis := map[string]any{
		"eth":  eth,
		"net":  &NetAPI{s: s},
		"web3": &Web3API{version: cfg.ClientVersion},
		"crux": &CruxAPI{s: s, eth: eth},
	}
	if cfg.Admin {
		apis["admin"] = &AdminAPI{s: s}
	}
	for name, api := range apis {
		if err := r.RegisterName(name, api); err != nil {
			return nil, fmt.Errorf("register %s API: %w", name, err)
		}
	}
	return &Server{cfg: cfg, log: cfg.Logger, rpc: r}, nil
}

// Handler serves JSON-RPC over HTTP and WebSocket upgrades on one handler.
func (srv *Server) Handler() http.Handler {
	ws := srv.rpc.WebsocketHandler(srv.cfg.WSOrigins)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isWebsocket(r) {
			ws.ServeHTTP(w, r)
			return
		}
		if !srv.cors(w, r) {
			return
		}
		srv.rpc.ServeHTTP(w, r)
	})
}

func isWebsocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket") && strings.Contains(strings.ToLower(r.Header.Get("Connection")), "upgrade")
}

// cors applies the CORS policy; false means the request was answered.
func (srv *Server) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	allowed := false
	for _, o := range srv.cfg.CORSOrigins {
		if o == "*" || strings.EqualFold(o, origin) {
			allowed = true
		}
	}
	if allowed {
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Methods", "POST, GET, OPTIONS")
		w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
		w.Header().Add("Vary", "Origin")
	}
	if r.Method == http.MethodOptions {
		w.WriteHeader(http.StatusNoContent)
		return false
	}
	return true
}

// Start listens on the configured addresses and serves until Close.
func (srv *Server) Start(ctx context.Context) error {
	listen := func(addr string, h http.Handler) error {
		var lc net.ListenConfig
		ln, err := lc.Listen(ctx, "tcp", addr)
		if err != nil {
			return fmt.Errorf("listen on %s: %w", addr, err)
		}
		hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 120 * time.Second}
		srv.mu.Lock()
		srv.srvs = append(srv.srvs, hs)
		srv.lns = append(srv.lns, ln)
		srv.mu.Unlock()
		go func() {
			if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				srv.log.Error("RPC server stopped", "addr", ln.Addr().String(), "err", err)
			}
		}()
		srv.log.Info("serving JSON-RPC", "addr", ln.Addr().String())
		return nil
	}
	h := srv.Handler()
	if srv.cfg.HTTPAddr != "" {
		if err := listen(srv.cfg.HTTPAddr, h); err != nil {
			return err
		}
	}
	if srv.cfg.WSAddr != "" {
		if err := listen(srv.cfg.WSAddr, srv.rpc.WebsocketHandler(srv.cfg.WSOrigins)); err != nil {
			srv.Close()
			return err
		}
	}
	return nil
}

// Addrs returns the bound listener addresses, in Start order (HTTP, then
// WS).
func (srv *Server) Addrs() []string {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	var out []string
	for _, ln := range srv.lns {
		out = append(out, ln.Addr().String())
	}
	return out
}

// Close stops the listeners, open connections and subscriptions.
func (srv *Server) Close() error {
	srv.mu.Lock()
	srvs := srv.srvs
	srv.srvs, srv.lns = nil, nil
	srv.mu.Unlock()
	var errs []error
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.rpc.Stop()
	for _, hs := range srvs {
		if err := hs.Shutdown(ctx); err != nil {
			hs.Close()
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close RPC servers: %w", err)
	}
	return nil
}
