#include "casefold.h"
