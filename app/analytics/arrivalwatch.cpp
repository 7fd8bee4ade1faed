// Implemented by the analytics work.
