#include "casefactory.h"
