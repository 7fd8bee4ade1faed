#include "casedemoseeder.h"
