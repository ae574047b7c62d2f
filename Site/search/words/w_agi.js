BRIEFINGS_SEARCH_WORDS("agi",{
"agila":"5",
"agissent":"0",
"agit":"5i,28,6"
});
