package io.finseg.customer;

/**
 * Published by whatever writes customer rows (generation, import, erasure) once its write is
 * complete, so that cached figures about the customer tables are counted again.
 */
public record CustomerDataChanged(String reason) {
}
