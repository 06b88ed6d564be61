/* verbatim — turn free text into theme counts. The one header to include. */
#ifndef VERBATIM_H
#define VERBATIM_H

#define VB_VERSION_MAJOR 0
#define VB_VERSION_MINOR 1
#define VB_VERSION_PATCH 0
#define VB_VERSION_STRING "0.1.0"

#include "verbatim/error.h"
#include "verbatim/reader.h"
#include "verbatim/files.h"
#include "verbatim/analyzer.h"
#include "verbatim/lexicon.h"
#include "verbatim/report.h"

#endif
