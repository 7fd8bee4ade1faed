#include "caselistpanel.h"
