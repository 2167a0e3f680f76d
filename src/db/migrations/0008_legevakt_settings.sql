-- Legeplan schema, version 8: the municipality's own legevakt rules (rest, "free before night", how holidays and
-- the four kinds of fairness weigh) and the duty district of each shift template. Runs on PostgreSQL 15 and PGlite.

CREATE TABLE legevakt_settings (
  id                      serial PRIMARY KEY,
  kommune_id              integer NOT NULL REFERENCES kommune(id) UNIQUE,
  min_rest_hours          integer NOT NULL CHECK (min_rest_hours BETWEEN 8 AND 24),
  free_before_night       boolean NOT NULL,
  public_holiday_weight   numeric(4,2) NOT NULL CHECK (public_holiday_weight >= 0 AND public_holiday_weight <= 10),
  christmas_weight        numeric(4,2) NOT NULL CHECK (christmas_weight >= 0 AND christmas_weight <= 10),
  fair_load               numeric(5,2) NOT NULL CHECK (fair_load >= 0 AND fair_load <= 100),
  fair_nights             numeric(5,2) NOT NULL CHECK (fair_nights >= 0 AND fair_nights <= 100),
  fair_weekends           numeric(5,2) NOT NULL CHECK (fair_weekends >= 0 AND fair_weekends <= 100),
  fair_holidays           numeric(5,2) NOT NULL CHECK (fair_holidays >= 0 AND fair_holidays <= 100),
  version                 integer NOT NULL DEFAULT 1
);

ALTER TABLE duty_template ADD COLUMN district text NOT NULL DEFAULT 'Legevakt';
