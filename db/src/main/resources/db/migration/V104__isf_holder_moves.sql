-- Council staff move an ISF to another accredited holder (when its holder loses accreditation,
-- or the person asks): each move keeps from whom, to whom, who moved it, when and why. The ISF's
-- money stays in its own ledger account, so nothing else changes. Like audit_event, a move is
-- evidence: rows are only ever inserted (see V35 for what creating triggers needs).
CREATE TABLE isf_holder_move (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    isf_id            BIGINT        NOT NULL,
    from_provider_id  BIGINT        NOT NULL,
    to_provider_id    BIGINT        NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    moved_by          BIGINT        NOT NULL,
    moved_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_isf_holder_move_isf (isf_id, moved_at),
    CONSTRAINT fk_isf_holder_move_isf FOREIGN KEY (isf_id) REFERENCES isf (id),
    CONSTRAINT fk_isf_holder_move_from FOREIGN KEY (from_provider_id) REFERENCES provider (id),
    CONSTRAINT fk_isf_holder_move_to FOREIGN KEY (to_provider_id) REFERENCES provider (id),
    CONSTRAINT fk_isf_holder_move_by FOREIGN KEY (moved_by) REFERENCES account (id),
    CONSTRAINT ck_isf_holder_move_other CHECK (from_provider_id <> to_provider_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER isf_holder_move_never_changed BEFORE UPDATE ON isf_holder_move FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An ISF''s moves between holders are append-only: a move cannot be changed';

CREATE TRIGGER isf_holder_move_never_removed BEFORE DELETE ON isf_holder_move FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An ISF''s moves between holders are append-only: a move cannot be removed';
