BRIEFINGS_SEARCH_WORDS("agi",{
"agila":"5",
"agissent":"0",
"agit":"4f,1j,22,6"
});
