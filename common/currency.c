#include "currency.h"

#include <string.h>

static const struct {
	const char *word;
	const char *currency; /* the name it is added up under */
} currencies[] = {
	{"人民币元", "元"}, {"人民币", "元"}, {"元", "元"}, {"美元", "美元"},
	{"欧元", "欧元"}, {"港元", "港元"}, {"港币", "港元"}, {"日元", "日元"},
	{"英镑", "英镑"}, {"卢布", "卢布"}, {"澳元", "澳元"}, {"韩元", "韩元"},
	{"新加坡元", "新加坡元"}, {"加元", "加元"}, {"瑞士法郎", "瑞士法郎"},
	{"澳门元", "澳门元"}, {"新台币", "新台币"},
};

_Static_assert(sizeof currencies / sizeof currencies[0] <= CURRENCY_MAX,
    "CURRENCY_MAX holds the list");

size_t
currency_count(void)
{
	return sizeof currencies / sizeof currencies[0];
}

const char *
currency_word(size_t i)
{
	return currencies[i].word;
}

const char *
currency_of(const char *word)
{
	for (size_t i = 0; i < currency_count(); i++)
		if (strcmp(word, currencies[i].word) == 0)
			return currencies[i].currency;
	return NULL;
}
