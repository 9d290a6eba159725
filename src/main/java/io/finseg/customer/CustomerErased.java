package io.finseg.customer;

/**
 * A customer is being erased (right to erasure). Published synchronously inside the erasure's
 * transaction, before the customer's rows in the nine customer tables are deleted, so a
 * listener may still read them. Every room that keeps rows about customers listens and deletes
 * its own, adding the counts to {@link #removed()}; a listener that fails rolls the whole
 * erasure back.
 */
public record CustomerErased(long customerId, ErasedRows removed) {
}
