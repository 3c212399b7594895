"""The story layer, free of Qt: what the scenes tell, when, and on which time axis."""
