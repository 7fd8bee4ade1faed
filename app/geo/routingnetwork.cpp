// Implemented by the routing work.
