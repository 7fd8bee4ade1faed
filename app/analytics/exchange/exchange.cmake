# Data exchange: NENA EIDO JSON, OASIS CAP 1.2, GeoJSON and CSV.
target_sources(lintas_analytics PRIVATE
)
