BRIEFINGS_SEARCH_WORDS("beg",{
"began":"7e,4",
"begin":"75,1;75",
"begun":"6h,u;6h"
});
