BRIEFINGS_SEARCH_WORDS("roq",{
"roquette":"7t",
"roquettes":"5c,2h"
});
