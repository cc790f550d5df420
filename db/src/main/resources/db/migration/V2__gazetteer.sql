-- The council's gazetteer: towns and villages with real coordinates, and the postcode
-- districts that point at them. Loaded from seeds/, so any council can ship its own.
CREATE TABLE place (
    id        BIGINT        NOT NULL AUTO_INCREMENT,
    name      VARCHAR(80)   NOT NULL,
    latitude  DECIMAL(9, 6) NOT NULL,
    longitude DECIMAL(9, 6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_place_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE postcode_district (
    code     VARCHAR(4) NOT NULL,
    place_id BIGINT     NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT fk_postcode_district_place FOREIGN KEY (place_id) REFERENCES place (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
