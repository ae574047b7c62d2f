BRIEFINGS_SEARCH_WORDS("glo",{
"global":"71,4;71",
"globalement":"6y,8,h"
});
