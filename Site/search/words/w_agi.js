BRIEFINGS_SEARCH_WORDS("agi",{
"agila":"5",
"agissent":"0",
"agit":"3s,1k,22,6"
});
