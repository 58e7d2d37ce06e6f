-- Govscope case file, schema version 3: findings in the reader's language.
--
-- A finding's title and each evidence summary are stored as a source template (English, with named
-- placeholders, the key of the translations in resources/translations) and its parameters as a JSON
-- object; the workbench, `govscope findings` and reports render them in their language
-- (models/findingtext.h). The English rendering stays in title / summary: older Govscope versions,
-- sorting and findings recorded before this schema (template '') read it as before.
--
-- Existing findings keep their English text and get no template (nothing to derive it from); the search
-- indexes already hold that text.
ALTER TABLE findings ADD COLUMN title_template TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN title_params TEXT NOT NULL DEFAULT '{}';
ALTER TABLE evidence ADD COLUMN summary_template TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence ADD COLUMN summary_params TEXT NOT NULL DEFAULT '{}';
