#include "casewindow.h"
