package io.finseg.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record NewUserForm(
		@NotBlank @Size(min = 3, max = 50, message = "{users.username.size}")
		@Pattern(regexp = "[a-zA-Z0-9._-]*", message = "{users.username.pattern}") String username,
		@NotNull AccessLevel accessLevel) {

	static NewUserForm empty() {
		return new NewUserForm("", AccessLevel.MARKETER);
	}

}
