package l1sim

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"reflect"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Serve exposes the chain's JSON-RPC over HTTP on addr (e.g.
// "127.0.0.1:8545"), so tools outside the process (cast, crux commands,
// ethers) can use the embedded L1. Requests are relayed to the simulated
// backend's in-process RPC; subscriptions need a WebSocket and are not
// offered. It returns the URL and a function that stops the server.
func (c *Chain) Serve(addr string) (string, func() error, error) {
	inproc, err := rpcClient(c.client)
	if err != nil {
		return "", nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, fmt.Errorf("listening for the L1 RPC on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: relay{inproc}, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), srv.Close, nil
}

// rpcClient digs the in-process *rpc.Client out of the simulated backend's
// client. The backend wraps an *ethclient.Client in an unexported struct
// whose embedded field (named Client) hides ethclient's Client() method, so
// the field is read by reflection; a go-ethereum change that breaks this
// fails here with an error, not a panic.
func rpcClient(c any) (*rpc.Client, error) {
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Client"); f.IsValid() && f.CanInterface() {
			if ec, ok := f.Interface().(*ethclient.Client); ok && ec != nil {
				return ec.Client(), nil
			}
		}
	}
	return nil, fmt.Errorf("the simulated backend's client (%T) exposes no RPC client", c)
}

// relay answers JSON-RPC requests (single or batched) by calling them on an
// in-process client.
type relay struct{ c *rpc.Client }

type rpcRequest struct {
	Version string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

type rpcResponse struct {
	Version string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

const maxRequestBytes = 16 << 20

func (r relay) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodPost {
		http.Error(w, "JSON-RPC wants POST", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(req.Body, maxRequestBytes+1))
	if err != nil || len(body) > maxRequestBytes {
		http.Error(w, "request too large or unreadable", http.StatusRequestEntityTooLarge)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	var batch []rpcRequest
	if err := json.Unmarshal(body, &batch); err == nil {
		out := make([]rpcResponse, len(batch))
		for i, q := range batch {
			out[i] = r.call(req.Context(), q)
		}
		json.NewEncoder(w).Encode(out)
		return
	}
	var q rpcRequest
	if err := json.Unmarshal(body, &q); err != nil {
		json.NewEncoder(w).Encode(rpcResponse{Version: "2.0", ID: json.RawMessage("null"),
			Error: &rpcError{Code: -32700, Message: "parse error: " + err.Error()}})
		return
	}
	json.NewEncoder(w).Encode(r.call(req.Context(), q))
}

func (r relay) call(ctx context.Context, q rpcRequest) rpcResponse {
	resp := rpcResponse{Version: "2.0", ID: q.ID}
	if q.ID == nil {
		resp.ID = json.RawMessage("null")
	}
	args := make([]any, len(q.Params))
	for i, p := range q.Params {
		args[i] = p
	}
	var result json.RawMessage
	err := r.c.CallContext(ctx, &result, q.Method, args...)
	if err == nil {
		if result == nil {
			result = json.RawMessage("null")
		}
		resp.Result = result
		return resp
	}
	e := &rpcError{Code: -32000, Message: err.Error()}
	var coded rpc.Error
	if errors.As(err, &coded) {
		e.Code = coded.ErrorCode()
	}
	var data rpc.DataError
	if errors.As(err, &data) {
		e.Data = data.ErrorData()
	}
	resp.Error = e
	return resp
}
