-- A statement sent in one round trip with the COMMIT after it (ServerStore::quickTransaction)
-- has its result read only once the transaction has committed: what it must check, it checks
-- itself with this, whose error makes PostgreSQL skip the rest of the round trip (the COMMIT
-- too), so the transaction is rolled back.
CREATE FUNCTION doudi_require(ok boolean, what text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    IF ok IS NOT TRUE THEN
        RAISE EXCEPTION 'doudi_require: %', what;
    END IF;
    RETURN true;
END
$$;
