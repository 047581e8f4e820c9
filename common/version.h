/* The version both programs print. */
#ifndef COMMON_VERSION_H
#define COMMON_VERSION_H

#define PROJECT_VERSION "0.1.0"

#endif
