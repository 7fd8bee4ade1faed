#include "casereader.h"
