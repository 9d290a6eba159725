package io.finseg.admin;

import jakarta.validation.constraints.NotBlank;

record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank String newPassword,
		@NotBlank String confirmPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

}
