BRIEFINGS_SEARCH_WORDS("agi",{
"agila":"5",
"agissent":"0",
"agit":"3t,1j,22,6"
});
