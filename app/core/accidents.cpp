#include "accidents.h"
