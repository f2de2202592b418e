#ifndef SUMMITRY_CGRAPHVIZ_ORDERED_MEMORY_H
#define SUMMITRY_CGRAPHVIZ_ORDERED_MEMORY_H
/*
 * A memory discipline for libcgraph whose blocks' addresses follow allocation order, per graph.
 *
 * Why. Graphviz's layout code compares object *pointers* in places, so with malloc the result depends
 * on the heap's history: fdp's deriveGraph (lib/fdpgen/layout.c) turns each edge of a cluster-collapsed
 * graph into `agedge(dg, tl, hd, ...)` if `hd > tl` and into `agedge(dg, hd, tl, ...)` otherwise, so
 * which end is the tail, the order of edge lists, and the order in which floating-point forces are
 * summed change with addresses, and the layout drifts from run to run. Those derived graphs are opened
 * with the default discipline (`agopen("derived", Agstrictdirected, NIL(Agdisc_t *))`), which takes its
 * allocator from the global AgMemDisc, so the only way to reach them is to change AgMemDisc itself:
 * summitry_install_ordered_memory() does that once per process, before any graph exists.
 *
 * How. Each graph gets an arena: one reserved range of address space, committed as it fills, handed
 * out by bumping a pointer, so a later block always has a higher address. Memory comes back zeroed
 * (fresh pages), as cgraph expects of AgMemDisc. Blocks are not reused while the graph lives; the arena
 * is released when cgraph frees its first block, the graph's Agclos_t, which agclose frees last: its
 * pages are replaced by fresh ones (so the memory goes back to the system) and the range is kept for
 * the next graph. Ranges stay readable, as freed heap memory does: Graphviz keeps pointers into closed
 * graphs in static caches (circo's initGraphAttrs), and reading them must not fault.
 * `close` stays NULL so that agclose takes its ordinary path (it frees every object one by one; with a
 * `close` it would skip the id discipline's close). If address space cannot be reserved, or an arena is
 * full, blocks come from calloc/realloc/free as with AgMemDisc (correct, only not ordered).
 *
 * Not thread-safe (nor is libcgraph): callers serialise every use.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <graphviz/cgraph.h>

/* Address space reserved per graph (not memory: pages are committed as the arena fills). */
#define SUMMITRY_ARENA_RESERVE ((size_t)1 << 33)
/* Commit at least this much at a time. */
#define SUMMITRY_ARENA_STEP ((size_t)1 << 20)

typedef struct summitry_arena {
    char *base;         /* reserved range, or NULL: plain calloc/realloc/free */
    size_t committed;   /* bytes from base that are readable and writable */
    size_t used;        /* bytes from base handed out */
    void *first;        /* the graph's first block (its Agclos_t): freeing it ends the arena */
    struct summitry_arena *next;  /* in the list of released arenas */
} summitry_arena;

/* Released arenas, ready for the next graph (committed pages fresh, so zero). A weak definition: the
 * header is compiled into every Swift file that calls these static inline functions (one LLVM module
 * each), and the linker keeps one pool for all of them. */
__attribute__((weak)) summitry_arena *summitry_arena_pool_head = NULL;

static inline summitry_arena **summitry_arena_pool(void) { return &summitry_arena_pool_head; }

static inline int summitry_arena_owns(summitry_arena *arena, void *ptr) {
    return arena && arena->base && (char *)ptr >= arena->base && (char *)ptr < arena->base + SUMMITRY_ARENA_RESERVE;
}

static inline void *summitry_arena_open(Agdisc_t *disc) {
    (void)disc;
    summitry_arena **pool = summitry_arena_pool();
    if (*pool) {
        summitry_arena *arena = *pool;
        *pool = arena->next;
        arena->next = NULL;
        return arena;
    }
    summitry_arena *arena = (summitry_arena *)calloc(1, sizeof *arena);
    if (!arena) return NULL;  /* a NULL state means plain malloc below */
    int flags = MAP_PRIVATE | MAP_ANONYMOUS;
#ifdef MAP_NORESERVE
    flags |= MAP_NORESERVE;
#endif
    void *base = mmap(NULL, SUMMITRY_ARENA_RESERVE, PROT_NONE, flags, -1, 0);
    arena->base = base == MAP_FAILED ? NULL : (char *)base;
    return arena;
}

static inline void *summitry_arena_alloc(void *state, size_t request) {
    summitry_arena *arena = (summitry_arena *)state;
    void *block = NULL;
    size_t size = (request + 15) & ~(size_t)15;
    if (size == 0) size = 16;
    if (arena && arena->base && size <= SUMMITRY_ARENA_RESERVE - arena->used) {
        size_t needed = arena->used + size;
        if (needed > arena->committed) {
            /* Commit at least what is missing, at least one step, and at least as much as is committed
               already (so commits double), without passing the end of the reservation. */
            size_t grow = needed - arena->committed;
            if (grow < SUMMITRY_ARENA_STEP) grow = SUMMITRY_ARENA_STEP;
            if (grow < arena->committed) grow = arena->committed;
            grow = (grow + SUMMITRY_ARENA_STEP - 1) & ~(SUMMITRY_ARENA_STEP - 1);
            if (grow > SUMMITRY_ARENA_RESERVE - arena->committed) grow = SUMMITRY_ARENA_RESERVE - arena->committed;
            if (mprotect(arena->base + arena->committed, grow, PROT_READ | PROT_WRITE) == 0) arena->committed += grow;
        }
        if (needed <= arena->committed) {
            block = arena->base + arena->used;  /* fresh pages: already zero */
            arena->used = needed;
        }
    }
    if (!block) block = calloc(1, request ? request : 1);
    if (arena && !arena->first) arena->first = block;
    return block;
}

static inline void *summitry_arena_resize(void *state, void *ptr, size_t old, size_t request) {
    summitry_arena *arena = (summitry_arena *)state;
    if (!ptr) return summitry_arena_alloc(state, request);
    if (!summitry_arena_owns(arena, ptr)) {
        void *moved = realloc(ptr, request);
        if (moved && request > old) memset((char *)moved + old, 0, request - old);
        return moved;
    }
    if (request <= old) return ptr;
    void *moved = summitry_arena_alloc(state, request);  /* zero beyond `old`: fresh memory */
    if (moved) memcpy(moved, ptr, old);
    return moved;
}

/* Gives the arena's pages back (fresh zero pages replace them, still readable and writable) and puts
 * the arena in the pool. */
static inline void summitry_arena_release(summitry_arena *arena) {
    if (arena->base && arena->used > 0) {
        int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED;
#ifdef MAP_NORESERVE
        flags |= MAP_NORESERVE;
#endif
        if (mmap(arena->base, arena->committed, PROT_READ | PROT_WRITE, flags, -1, 0) == MAP_FAILED) {
            munmap(arena->base, SUMMITRY_ARENA_RESERVE);  /* cannot promise zero pages: give it all up */
            free(arena);
            return;
        }
    }
    arena->used = 0;
    arena->first = NULL;
    summitry_arena **pool = summitry_arena_pool();
    arena->next = *pool;
    *pool = arena;
}

static inline void summitry_arena_free(void *state, void *ptr) {
    summitry_arena *arena = (summitry_arena *)state;
    if (!ptr) return;
    int owned = summitry_arena_owns(arena, ptr);
    if (!owned) free(ptr);
    if (arena && ptr == arena->first) summitry_arena_release(arena);
}

/* The discipline (for graphs opened with summitry_ordered_disc). */
static inline Agmemdisc_t *summitry_ordered_memory(void) {
    static Agmemdisc_t memory = {
        summitry_arena_open, summitry_arena_alloc, summitry_arena_resize, summitry_arena_free, NULL,
    };
    return &memory;
}

/* Makes the global AgMemDisc the ordered discipline, so that graphs Graphviz opens itself during layout
 * (fdp's derived graphs, ...) get ordered addresses too. Call once, before any graph exists: a graph
 * opened with the old functions would be freed with the new ones. Blocks from before (state NULL or
 * outside an arena) are still freed with free(). */
static inline void summitry_install_ordered_memory(void) {
    Agmemdisc_t *ordered = summitry_ordered_memory();
    AgMemDisc.open = ordered->open;
    AgMemDisc.alloc = ordered->alloc;
    AgMemDisc.resize = ordered->resize;
    AgMemDisc.free = ordered->free;
    AgMemDisc.close = NULL;
}

#endif
