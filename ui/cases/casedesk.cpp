#include "casedesk.h"
