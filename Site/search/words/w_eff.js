BRIEFINGS_SEARCH_WORDS("eff",{
"effect":"3z,46;3z",
"effectuait":"4a,3z",
"effet":"3x",
"effort":"77,o",
"efforts":"2,48,3z"
});
