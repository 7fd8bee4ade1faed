#include "etle.h"
