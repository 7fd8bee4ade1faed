#include "casevalidation.h"
