package dev.schedlab.model.vm;

/** Synchronisation objects the runtime models (the zero values of their Go types). */
public enum SyncKind { WAIT_GROUP, MUTEX, RW_MUTEX, ONCE, COND }
