#include "caseprint.h"
