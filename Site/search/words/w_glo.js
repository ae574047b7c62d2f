BRIEFINGS_SEARCH_WORDS("glo",{
"global":"7d,4;7d",
"globalement":"79,9,h"
});
