-- Serve processes remember who a request's device and user are (RequestAuth). A change to what
-- that answer is made of tells every process to forget, before it lets another request in: a
-- notification on doudi_auth, sent when the change commits (one per transaction).
CREATE FUNCTION doudi_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('doudi_auth', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER devices_auth AFTER UPDATE OF credential_hash, revoked_at OR DELETE OR TRUNCATE ON devices
    FOR EACH STATEMENT EXECUTE FUNCTION doudi_auth_changed();
CREATE TRIGGER users_auth AFTER UPDATE OF active, role, scopes OR DELETE OR TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION doudi_auth_changed();
CREATE TRIGGER device_users_auth AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON device_users
    FOR EACH STATEMENT EXECUTE FUNCTION doudi_auth_changed();
