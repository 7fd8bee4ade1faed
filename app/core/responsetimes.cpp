// Implemented by the core work.
