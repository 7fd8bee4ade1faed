#include "casemenu.h"
