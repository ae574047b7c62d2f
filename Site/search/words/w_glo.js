BRIEFINGS_SEARCH_WORDS("glo",{
"global":"7f,4;7f",
"globalement":"7b,9,h"
});
