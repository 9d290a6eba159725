package io.finseg.profile;

import java.util.List;

import io.finseg.features.CustomerRow;

/** One page of the list with the keysets for Previous and Next (null where there is none). */
public record CustomerPage(List<CustomerRow> rows, long total, String previous, String next) {
}
