//! A global allocator that counts live heap bytes, for the memory benchmark.
//!
//! Hand-written because all the benchmark needs is one counter around the system allocator.
//! Heap profilers such as dhat record every allocation site and would slow the measured
//! process and inflate its RSS.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator plus counts of the bytes currently allocated through it and of the
/// allocations made.
///
/// Install it in a binary with `#[global_allocator] static A: CountingAllocator =
/// CountingAllocator::new();`.
#[derive(Debug)]
pub struct CountingAllocator {
    live: AtomicUsize,
    allocations: AtomicUsize,
}

impl CountingAllocator {
    /// Creates an allocator with a zero count.
    pub const fn new() -> CountingAllocator {
        CountingAllocator {
            live: AtomicUsize::new(0),
            allocations: AtomicUsize::new(0),
        }
    }

    /// Returns the bytes currently allocated and not yet freed.
    pub fn live_bytes(&self) -> usize {
        self.live.load(Ordering::Relaxed)
    }

    /// Returns the number of allocations (`alloc`, `alloc_zeroed` and `realloc` calls) so far.
    pub fn allocations(&self) -> usize {
        self.allocations.load(Ordering::Relaxed)
    }
}

impl Default for CountingAllocator {
    fn default() -> Self {
        CountingAllocator::new()
    }
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged, so the
// `GlobalAlloc` contract holds as it does for `System`. The counter only observes sizes.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's valid layout.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            self.live.fetch_add(layout.size(), Ordering::Relaxed);
            self.allocations.fetch_add(1, Ordering::Relaxed);
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's valid layout.
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if !pointer.is_null() {
            self.live.fetch_add(layout.size(), Ordering::Relaxed);
            self.allocations.fetch_add(1, Ordering::Relaxed);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: the caller passes a pointer this allocator returned with this layout.
        unsafe { System.dealloc(pointer, layout) };
        self.live.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller passes a pointer this allocator returned with this layout and a
        // valid new size.
        let new_pointer = unsafe { System.realloc(pointer, layout, new_size) };
        if !new_pointer.is_null() {
            self.live.fetch_sub(layout.size(), Ordering::Relaxed);
            self.live.fetch_add(new_size, Ordering::Relaxed);
            self.allocations.fetch_add(1, Ordering::Relaxed);
        }
        new_pointer
    }
}
