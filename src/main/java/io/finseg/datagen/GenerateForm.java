package io.finseg.datagen;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

record GenerateForm(@NotNull @Min(1) @Max(5_000_000) Integer customers, @NotNull Long seed,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate anchorDate) {

	GenerationRequest toRequest() {
		return new GenerationRequest(customers, seed, anchorDate);
	}

}
