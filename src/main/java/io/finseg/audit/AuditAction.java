package io.finseg.audit;

/** What an audit entry records. Later rooms add their own actions here. */
public enum AuditAction {

	LOGIN, LOGIN_FAILED, LOCKOUT, PASSWORD_CHANGED,

	USER_CREATED, USER_ACCESS_LEVEL_CHANGED, USER_ENABLED, USER_DISABLED, USER_PASSWORD_RESET, USER_UNLOCKED,

	AUDIT_LOG_EXPORTED,

	DATA_IMPORTED, DATA_GENERATION_STARTED

}
