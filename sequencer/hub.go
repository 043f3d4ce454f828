package sequencer

import "sync"

// hub fans new blocks out to subscribers without ever blocking the block
// builder: a subscriber whose buffer is full is dropped (its channel is
// closed), and it resubscribes if it wants to.
type hub struct {
	mu   sync.Mutex
	next int
	subs map[int]chan BlockEvent
}

func (h *hub) subscribe(buffer int) (<-chan BlockEvent, func()) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.subs == nil {
		h.subs = make(map[int]chan BlockEvent)
	}
	id := h.next
	h.next++
	ch := make(chan BlockEvent, buffer)
	h.subs[id] = ch
	return ch, func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		if c, ok := h.subs[id]; ok {
			delete(h.subs, id)
			close(c)
		}
	}
}

func (h *hub) send(ev BlockEvent) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for id, ch := range h.subs {
		select {
		case ch <- ev:
		default:
			delete(h.subs, id)
			close(ch)
		}
	}
}
