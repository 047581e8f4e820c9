#include "reason.h"

static const struct {
	const char *name, *text;
} reasons[R_COUNT] = {
#define X(code, name, what) [code] = {name, what},
	REASON_TABLE
#undef X
};

const char *
reason_name(enum reason r)
{
	return reasons[r].name;
}

const char *
reason_text(enum reason r)
{
	return reasons[r].text;
}

int
reason_is_wording(enum reason r)
{
	return r >= R_NOT_BODY && r <= R_SHARE;
}
