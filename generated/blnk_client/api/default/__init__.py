"""Operations the overlays have not yet described (no resource tag)."""
