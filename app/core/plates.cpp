#include "plates.h"
