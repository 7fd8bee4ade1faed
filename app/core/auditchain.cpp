#include "auditchain.h"
