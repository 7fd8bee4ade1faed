#include "casedetailwidget.h"
