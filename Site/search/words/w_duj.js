BRIEFINGS_SEARCH_WORDS("duj",{
"dujarric":"2s,3f,12,m,4;2s,4h"
});
