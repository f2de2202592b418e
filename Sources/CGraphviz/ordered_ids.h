#ifndef SUMMITRY_CGRAPHVIZ_ORDERED_IDS_H
#define SUMMITRY_CGRAPHVIZ_ORDERED_IDS_H
/*
 * Reproducible object ids for libcgraph: an id discipline that numbers objects in creation order, and an
 * io discipline that reads DOT text from memory, both installed through one Agdisc_t.
 *
 * Why. libcgraph's default id discipline (AgIdDisc, lib/cgraph/id.c) gives a named object the *address*
 * of its name in the graph's string pool as id (`s = agstrdup(g, str); *id = (IDTYPE)s;`), and keeps
 * subgraphs in a dictionary ordered by id (graph.c: `g->g_dict = agdtopen(g, &Ag_subgraph_id_disc, ...)`,
 * compared by agraphidcmpf on AGID). So agfstsubg/agnxtsubg, and with them the order in which dot and
 * fdp lay out and draw clusters (and fdp's whole layout), follow heap addresses, which change with ASLR
 * and with whatever the process allocated before (Graphviz issues 1614 and 1767).
 *
 * What. Ids come from a counter kept per root graph: the k-th id handed out (k = 0, 1, 2, ...) is
 * 2k + 2 for a named object and 2k + 1 for an anonymous one (odd, as AgIdDisc makes anonymous ids), so
 * ids, and every dictionary ordered by id, follow creation order. A name maps to one id per kind
 * (graph, node, edge) for the life of the graph. Names are kept in the graph's own string pool
 * (agstrdup), exactly where AgIdDisc keeps them, so what `print` (and so agnameof) returns is a pool
 * string like before: agwrite's canonicaliser asks aghtmlstr about it, which reads the pool header.
 * Unknown names probed without createflag give id 0, which no object has (AgIdDisc does the same).
 * Ids are never reused while the graph lives (`free` keeps the name); `close`, which agclose calls for
 * the root graph, releases the names and the table. Explicit ids (agidnode etc.) are refused, as by
 * AgIdDisc.
 *
 * The io discipline replicates agmemread (lib/cgraph/io.c): the channel is a string, and each afread
 * call hands the lexer at most one line. It reads nothing but the string given: no file is opened.
 *
 * Not thread-safe (nor is libcgraph): callers serialise every use.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <graphviz/cgraph.h>
#include "ordered_memory.h"

/* One named object's entry: kind (AGRAPH, AGNODE or AGEDGE), its name in the graph's string pool, id. */
typedef struct {
    IDTYPE id;
    uint64_t hash;
    char *name;
    int kind;
} summitry_named_id;

/* The discipline's state for one root graph (and its subgraphs, which share it). */
typedef struct {
    Agraph_t *root;
    uint64_t handed_out;        /* ids handed out so far, named and anonymous */
    summitry_named_id *named;   /* in creation order, so with strictly increasing ids */
    size_t named_count, named_capacity;
    size_t *slots;              /* open addressing over `named`: index + 1, 0 = empty */
    size_t slot_count;          /* 0 or a power of two, always more than twice named_count */
} summitry_id_state;

/* Edges come as AGOUTEDGE or AGINEDGE halves; both are one kind, as in cgraph's own maps. */
static inline int summitry_id_kind(int objtype) { return objtype == AGINEDGE ? AGEDGE : objtype; }

/* FNV-1a over the kind and the name's bytes. */
static inline uint64_t summitry_id_hash(int kind, const char *name) {
    uint64_t h = 14695981039346656037ULL ^ (uint64_t)(unsigned)kind;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        h ^= *p;
        h *= 1099511628211ULL;
    }
    return h;
}

static inline summitry_named_id *summitry_id_find(summitry_id_state *st, int kind, const char *name, uint64_t hash) {
    if (st->slot_count == 0) return NULL;
    size_t mask = st->slot_count - 1;
    for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
        size_t slot = st->slots[i];
        if (slot == 0) return NULL;
        summitry_named_id *entry = &st->named[slot - 1];
        if (entry->hash == hash && entry->kind == kind && strcmp(entry->name, name) == 0) return entry;
    }
}

static inline void summitry_id_place(summitry_id_state *st, size_t index) {
    size_t mask = st->slot_count - 1;
    size_t i = (size_t)st->named[index].hash & mask;
    while (st->slots[i] != 0) i = (i + 1) & mask;
    st->slots[i] = index + 1;
}

/* Makes room for one more entry. Returns 0 when out of memory (nothing changed then). */
static inline int summitry_id_reserve(summitry_id_state *st) {
    if (st->named_count == st->named_capacity) {
        size_t capacity = st->named_capacity ? st->named_capacity * 2 : 32;
        summitry_named_id *grown = (summitry_named_id *)realloc(st->named, capacity * sizeof *grown);
        if (!grown) return 0;
        st->named = grown;
        st->named_capacity = capacity;
    }
    if ((st->named_count + 1) * 2 >= st->slot_count) {
        size_t count = st->slot_count ? st->slot_count * 2 : 64;
        size_t *slots = (size_t *)calloc(count, sizeof *slots);
        if (!slots) return 0;
        free(st->slots);
        st->slots = slots;
        st->slot_count = count;
        for (size_t i = 0; i < st->named_count; i++) summitry_id_place(st, i);
    }
    return 1;
}

/* How many id states are open (graphs not yet closed), so tests can see that agclose frees them. Weak,
 * so that every copy of these static inline functions counts in one place. */
__attribute__((weak)) long summitry_id_states_open = 0;

static inline long *summitry_id_states_live(void) { return &summitry_id_states_open; }

static inline void *summitry_idopen(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    summitry_id_state *st = (summitry_id_state *)calloc(1, sizeof *st);
    if (st) {
        st->root = g;
        (*summitry_id_states_live())++;
    }
    return st;
}

static inline long summitry_idmap(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    summitry_id_state *st = (summitry_id_state *)state;
    if (!st) return 0;
    if (!str) {  /* anonymous: always a new id, as AgIdDisc does */
        *id = 2 * st->handed_out + 1;
        st->handed_out++;
        return 1;
    }
    int kind = summitry_id_kind(objtype);
    uint64_t hash = summitry_id_hash(kind, str);
    summitry_named_id *found = summitry_id_find(st, kind, str, hash);
    if (found) {
        *id = found->id;
        return 1;
    }
    if (!createflag) {
        *id = 0;
        return 1;
    }
    /* Out of memory: answer "cannot map", and cgraph keeps the name in its internal map instead. */
    if (!summitry_id_reserve(st)) return 0;
    char *pooled = agstrdup(st->root, str);
    if (!pooled) return 0;
    summitry_named_id *entry = &st->named[st->named_count];
    entry->id = 2 * st->handed_out + 2;
    entry->hash = hash;
    entry->name = pooled;
    entry->kind = kind;
    summitry_id_place(st, st->named_count);
    st->named_count++;
    st->handed_out++;
    *id = entry->id;
    return 1;
}

static inline long summitry_idalloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;
}

static inline void summitry_idfree(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
}

static inline char *summitry_idprint(void *state, int objtype, IDTYPE id) {
    summitry_id_state *st = (summitry_id_state *)state;
    if (!st || id % 2 == 1) return NULL;
    size_t low = 0, high = st->named_count;
    while (low < high) {  /* ids increase along `named` */
        size_t mid = low + (high - low) / 2;
        if (st->named[mid].id < id) low = mid + 1; else high = mid;
    }
    if (low == st->named_count || st->named[low].id != id) return NULL;
    return st->named[low].kind == summitry_id_kind(objtype) ? st->named[low].name : NULL;
}

static inline void summitry_idclose(void *state) {
    summitry_id_state *st = (summitry_id_state *)state;
    if (!st) return;
    /* agclose calls this before it frees the string pool, so the references can still be dropped. */
    for (size_t i = 0; i < st->named_count; i++) agstrfree(st->root, st->named[i].name);
    free(st->named);
    free(st->slots);
    free(st);
    (*summitry_id_states_live())--;
}

static inline void summitry_idregister(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

/* The memory channel: the text, its length (up to the first NUL, as agmemread takes it), read position. */
typedef struct {
    const char *data;
    size_t length;
    size_t position;
} summitry_memory_channel;

/* Like agmemread's memiofread: up to `size` bytes, ending after the first newline if there is one. */
static inline int summitry_memory_afread(void *channel, char *buffer, int size) {
    summitry_memory_channel *ch = (summitry_memory_channel *)channel;
    if (size <= 0 || ch->position >= ch->length) return 0;
    const char *start = ch->data + ch->position;
    size_t limit = ch->length - ch->position;
    if (limit > (size_t)size) limit = (size_t)size;
    const char *newline = (const char *)memchr(start, '\n', limit);
    size_t count = newline ? (size_t)(newline - start) + 1 : limit;
    memcpy(buffer, start, count);
    ch->position += count;
    return (int)count;
}

/* The discipline: ordered memory (ordered_memory.h), ordered ids, memory reading (writing as AgIoDisc,
 * for agwrite).
 * cgraph keeps these pointers for the graph's life, so they are static. */
static inline Agdisc_t *summitry_ordered_disc(void) {
    static Agiddisc_t ids = {
        summitry_idopen, summitry_idmap, summitry_idalloc, summitry_idfree,
        summitry_idprint, summitry_idclose, summitry_idregister,
    };
    static Agiodisc_t io;
    static Agdisc_t disc;
    io.afread = summitry_memory_afread;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    disc.mem = summitry_ordered_memory();
    disc.id = &ids;
    disc.io = &io;
    return &disc;
}

/* agmemread with the ordered discipline: the first graph in `text`, or NULL (message through agerr).
 * Like agmemread, the lexer may keep text after the first graph for the next read. */
static inline Agraph_t *summitry_read_ordered(const char *text) {
    summitry_memory_channel channel = { text, strlen(text), 0 };
    return agread(&channel, summitry_ordered_disc());
}

/* agopen with the ordered discipline. */
static inline Agraph_t *summitry_open_ordered(char *name, int directed, int strict) {
    Agdesc_t desc = directed ? (strict ? Agstrictdirected : Agdirected)
                             : (strict ? Agstrictundirected : Agundirected);
    return agopen(name, desc, summitry_ordered_disc());
}

/* The object's id (AGID), for tests of the discipline. */
static inline uint64_t summitry_agid(void *obj) { return (uint64_t)AGID(obj); }

#endif
