BRIEFINGS_SEARCH_WORDS("glo",{
"global":"7c,4;7c",
"globalement":"78,9,h"
});
