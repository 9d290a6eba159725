/**
 * The segment room's builder wing: the rule builder page (its controller, the posted form read
 * into a rule tree and back, the preview with its count, sentence and fair-lending findings,
 * saving) and the value hints its fields show. It uses only the room's face, never the pages wing.
 */
package io.finseg.segment.builder;
