#include "caselistmodel.h"
