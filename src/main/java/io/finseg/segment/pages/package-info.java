/**
 * The segment room's pages wing: the segment list, a segment's details with why a customer is a
 * member, the overlap of segments and deleting one, with their page models. It uses only the
 * room's face, never the builder wing, and answers the face's
 * {@link io.finseg.segment.LargestSegments} from the list's rows.
 */
package io.finseg.segment.pages;
