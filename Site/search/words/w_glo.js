BRIEFINGS_SEARCH_WORDS("glo",{
"global":"7n,4;7n",
"globalement":"7k,8,h"
});
