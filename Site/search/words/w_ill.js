BRIEFINGS_SEARCH_WORDS("ill",{
"illegally":"6q,w;6q",
"illicit":"7h"
});
