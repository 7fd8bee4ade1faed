#include "casereducer.h"
