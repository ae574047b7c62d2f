BRIEFINGS_SEARCH_WORDS("moy",{
"moyen":"7l",
"moyens":"17,23,27,1q,8;5h"
});
