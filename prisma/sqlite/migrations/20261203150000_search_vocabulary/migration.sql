-- The full-text index's own vocabulary, per column: where "Did you mean …" finds the nearest
-- known word to one the index does not hold (lib/search/spelling.ts). A view over the index, not
-- a copy: nothing to keep up to date. PostgreSQL reads the same from ts_stat().
CREATE VIRTUAL TABLE "PublicationSearchVocab" USING fts5vocab("PublicationSearch", 'col');
