package io.finseg.features;

import java.time.LocalDate;

/** Published after a rebuild has been switched to: readers now see features as of {@code asOf}. */
public record FeaturesRebuilt(LocalDate asOf, long customers) {
}
