-- issue 23: each document's text (what quote offsets index into; NULL with KUTIP_STORE_TEXT=false
-- or for documents stored before this version) and its extraction as /v1/extract returned it (JSON)
ALTER TABLE documents ADD COLUMN text TEXT;
ALTER TABLE documents ADD COLUMN extraction TEXT;
