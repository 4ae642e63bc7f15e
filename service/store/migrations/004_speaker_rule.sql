-- issues 18 and 21: how each stored quote's speaker was found and which ranker chose it
-- (`speaker.rule` of /v1/extract, "GENERATOR@RANKER"); NULL for quotes stored before this version
ALTER TABLE quotes ADD COLUMN speaker_rule TEXT;
