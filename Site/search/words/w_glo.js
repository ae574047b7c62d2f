BRIEFINGS_SEARCH_WORDS("glo",{
"global":"71,4;71",
"globalement":"6x,9,h"
});
