package io.finseg.segment;

/**
 * Published when custom attribute values or definitions changed (an import, a deletion): counts
 * kept for the current features snapshot may no longer hold for rules that use them.
 */
public record CustomAttributesChanged(String reason) {
}
