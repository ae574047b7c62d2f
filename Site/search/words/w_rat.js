BRIEFINGS_SEARCH_WORDS("rat",{
"rate":"7l",
"rather":"7h"
});
