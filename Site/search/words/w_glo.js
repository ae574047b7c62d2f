BRIEFINGS_SEARCH_WORDS("glo",{
"global":"7e,4;7e",
"globalement":"79,a,h"
});
