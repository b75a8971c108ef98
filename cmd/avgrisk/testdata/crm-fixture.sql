-- A small CRM database for the db command's tests: the same tables in
-- SQLite (built by the test) and PostgreSQL (loaded by .ci/run). Every
-- name and value is invented, the BSN passes the 11-proof.
CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT, city TEXT);
INSERT INTO account VALUES (1, 'Voorbeeld BV', 'Utrecht');
CREATE TABLE contact (
  id INTEGER PRIMARY KEY,
  account_id INTEGER,
  achternaam TEXT,
  email TEXT,
  bsn TEXT,
  religie TEXT,
  notitie TEXT,
  geboortedatum DATE
);
INSERT INTO contact VALUES (1, 1, 'Jansen', 'jan.jansen.secret@example.nl', '111222333', 'Gereformeerd Vrijgemaakt', 'Heeft suikerziekte type twee, belt terug', '1961-03-17');
INSERT INTO contact VALUES (2, 1, 'Kaya', 's.kaya@example.com', NULL, NULL, 'Vraagt naar de factuur', NULL);
INSERT INTO contact VALUES (3, 1, 'de Vries', NULL, NULL, NULL, 'Is zwanger, betalingsregeling tot juni', NULL);
CREATE TABLE meterstand (id INTEGER PRIMARY KEY, contact_id INTEGER, waarde NUMERIC);
INSERT INTO meterstand VALUES (1, 1, 1234.5);
