// Everything a program using precis needs: include this one header.
#ifndef PRECIS_PRECIS_H_
#define PRECIS_PRECIS_H_

#include "precis/document.h"
#include "precis/eval.h"
#include "precis/extract.h"
#include "precis/figures.h"
#include "precis/json.h"
#include "precis/reader.h"
#include "precis/render.h"
#include "precis/rouge.h"
#include "precis/status.h"
#include "precis/summarizer.h"
#include "precis/timeline.h"
#include "precis/version.h"

#endif  // PRECIS_PRECIS_H_
