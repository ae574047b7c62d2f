BRIEFINGS_SEARCH_WORDS("tom",{
"tombee":"6b,1e;6b",
"tombees":"5c,2h"
});
